using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Reminders.Core.Reports;

namespace Reminders.Worker.Reports;

/// <summary>
/// The report as an Excel workbook written with MiniExcel: a <c>Resumen</c> sheet with the totals table (the same
/// lines as the HTML and the CSV, counts as numbers, "% de avance" as a number with one decimal), then one sheet per
/// component (<c>Componente III</c>) with its activities.
/// </summary>
internal static class XlsxReportWriter
{
    public const string SummarySheet = "Resumen";

    /// <summary>
    /// MiniExcel writes each part of the workbook through a buffer of <c>BufferSize</c> characters, 512 K by default: a
    /// 1 MB character array and a 1.5 MB byte array per part, on the large-object heap, which only a full collection
    /// frees. A planning run that writes a follow-up report for every entity then collected in full about once per
    /// report (docs/benchmarks.md, "Planning a country", round 6). <see cref="BufferChars"/> keeps both arrays off that heap.
    /// </summary>
    internal const int BufferChars = 16 * 1024;

    private static readonly OpenXmlConfiguration Configuration = new() { BufferSize = BufferChars };

    public static string ComponentSheet(string component) => $"Componente {component}";

    public static byte[] Write(FollowUpReport report)
    {
        var sheets = new Dictionary<string, object> { [SummarySheet] = SummaryLine.Of(report).Select(Summary).ToList() };
        foreach (var component in report.Components)
        {
            sheets[ComponentSheet(component.Number)] = component.Parts.SelectMany(s => s.Rows.Select(r => Activity(component, s, r))).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: Configuration);
        return stream.ToArray();
    }

    private static Dictionary<string, object?> Summary(SummaryLine line)
    {
        var t = line.Totals;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["Nivel"] = line.Level,
            ["Nombre"] = line.Name,
            [FollowUpText.Programmed] = t.Due,
            [FollowUpText.Done] = t.Done,
            [FollowUpText.DoneLate] = t.DoneLate,
            [FollowUpText.Overdue] = t.Overdue,
            [FollowUpText.OngoingWithProgress] = t.OngoingWithProgress,
            [FollowUpText.OngoingWithoutProgress] = t.OngoingWithoutProgress,
            [FollowUpText.Percent] = t.Percent,
            [FollowUpText.Observations] = line.Observation,
        };
    }

    private static Dictionary<string, object?> Activity(FollowUpGroup component, FollowUpGroup sub, FollowUpRow row)
    {
        object?[] values =
        [
            component.Number, sub.Name, row.Number.ToString(), row.Text, row.Product, string.Join(" - ", row.Offices), FollowUpText.Due(row),
            FollowUpText.State(row.Standing), FollowUpText.Date(row.CompletedOn), row.Evidence ?? "", FollowUpText.Progress(row),
            FollowUpText.Observation(row),
        ];
        return FollowUpText.RowHeadings.Zip(values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
    }
}
