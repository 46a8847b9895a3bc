using System.Globalization;
using System.Text;
using Reminders.Core.Reports;

namespace Reminders.Worker.Reports;

/// <summary>
/// The report as CSV the way Excel in Spanish opens it: UTF-8 with BOM, <c>;</c> between fields, CRLF, decimal comma.
/// Two tables one after the other, separated by an empty line: the totals, then the activities.
/// </summary>
internal static class CsvReportWriter
{
    public static byte[] Write(FollowUpReport report)
    {
        var text = new StringBuilder();
        Line(text, ["Nivel", "Nombre", .. FollowUpText.TotalHeadings]);
        foreach (var line in SummaryLine.Of(report))
        {
            var t = line.Totals;
            Line(text, [line.Level, line.Name, Number(t.Due), Number(t.Done), Number(t.DoneLate), Number(t.Overdue),
                Number(t.OngoingWithProgress), Number(t.OngoingWithoutProgress), FollowUpText.Percentage(t.Percent), line.Observation]);
        }

        text.Append("\r\n");
        Line(text, FollowUpText.RowHeadings);
        foreach (var component in report.Components)
        {
            foreach (var sub in component.Parts)
            {
                foreach (var row in sub.Rows)
                {
                    Line(text, [component.Number, sub.Name, row.Number.ToString(), row.Text, row.Product, string.Join(" - ", row.Offices),
                        FollowUpText.Due(row), FollowUpText.State(row.Standing), FollowUpText.Date(row.CompletedOn), row.Evidence ?? "",
                        FollowUpText.Progress(row), FollowUpText.Observation(row)]);
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(';', fields.Select(Quote));
        text.Append("\r\n");
    }

    /// <summary>RFC 4180 quoting: fields holding <c>;</c>, quotes or line breaks are quoted, quotes doubled.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(";\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
