using MiniExcelLibs;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>Builds .xlsx files for import tests with MiniExcel.</summary>
public static class Workbooks
{
    /// <summary>Writes one sheet whose rows are the tab-separated <paramref name="lines"/>, cell by cell in columns A, B, C…</summary>
    public static string Write(string path, string sheet, IEnumerable<string> lines)
    {
        var rows = lines.Select(l => l.Split('\t')).ToList();
        var width = rows.Max(r => r.Length);
        var sheetRows = rows.Select(cells =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < width; i++)
            {
                row[((char)('A' + i)).ToString()] = i < cells.Length && cells[i].Length > 0 ? cells[i] : null;
            }

            return row;
        }).ToList();
        MiniExcel.SaveAs(path, new Dictionary<string, object> { [sheet] = sheetRows }, printHeader: false, overwriteFile: true);
        return path;
    }
}
