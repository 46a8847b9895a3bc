using MiniExcelLibs;
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

    public static string ComponentSheet(string component) => $"Componente {component}";

    public static byte[] Write(FollowUpReport report)
    {
        var sheets = new Dictionary<string, object> { [SummarySheet] = SummaryLine.Of(report).Select(Summary).ToList() };
        foreach (var component in report.Components)
        {
            sheets[ComponentSheet(component.Number)] = component.Parts.SelectMany(s => s.Rows.Select(r => Activity(component, s, r))).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
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
