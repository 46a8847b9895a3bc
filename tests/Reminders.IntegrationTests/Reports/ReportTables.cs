using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MiniExcelLibs;

namespace Reminders.IntegrationTests.Reports;

/// <summary>
/// Reads the totals table back from each format, independently of the product's code: HTML (the <c>totales</c> table),
/// CSV (the first section) and XLSX (the <c>Resumen</c> sheet, through MiniExcel). Each line reads
/// <c>Nivel|Nombre|programadas|cumplidas|con retraso|vencidas|con avance|sin avance|% de avance</c>, the percentage as "22,2".
/// </summary>
internal static partial class ReportTables
{
    public static List<string> FromHtml(string html)
    {
        var table = TotalsTable().Match(html);
        Assert.True(table.Success, "the HTML has no totals table");
        return [.. Row().Matches(table.Value).Skip(1)
            .Select(r => Cell().Matches(r.Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).Take(9))
            .Select(cells => string.Join('|', cells))];
    }

    public static List<string> FromCsv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        return [.. lines.Skip(1).TakeWhile(l => l.Length > 0).Select(l => string.Join('|', l.Split(';').Take(9)))];
    }

    public static List<string> FromXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        string[] columns =
        [
            "Nivel", "Nombre", "Actividades programadas", "Actividades cumplidas", "Cumplidas con retraso", "Vencidas",
            "Permanentes con avance", "Permanentes sin avance",
        ];
        return [.. stream.Query(useHeaderRow: true, sheetName: "Resumen").Cast<IDictionary<string, object?>>()
            .Select(row => string.Join('|', columns.Select(c => Text(row[c])).Append(Percent(row["% de avance"]))))];
    }

    private static string Text(object? value) => value switch
    {
        double d => d.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        null => "",
        _ => value.ToString() ?? "",
    };

    private static string Percent(object? value) => value is null || (value is string s && s.Length == 0)
        ? "—"
        : Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');

    [GeneratedRegex("<table id=\"totales\">.*?</table>", RegexOptions.Singleline)]
    private static partial Regex TotalsTable();

    [GeneratedRegex("<tr[^>]*>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<t[dh][^>]*>(.*?)</t[dh]>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
