using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Reminders.Core.Import;

/// <summary>Reads every worksheet of an .xlsx workbook into rows of text, keeping sheet names and row numbers.</summary>
internal static class XlsxTableReader
{
    /// <summary>Reads the workbook in <paramref name="stream"/> (seekable). Throws when it is not a readable workbook.</summary>
    public static IReadOnlyList<TableSheet> Read(Stream stream)
    {
        // No shared-string cache: it may spill to temporary files, and Core does no file I/O.
        var configuration = new OpenXmlConfiguration { EnableSharedStringCache = false, FillMergedCells = false };
        stream.Position = 0;
        var names = MiniExcel.GetSheetNames(stream, configuration);
        var sheets = new List<TableSheet>();
        foreach (var name in names)
        {
            stream.Position = 0;
            var rows = new List<TableRow>();
            var number = 0;
            foreach (IDictionary<string, object?> values in MiniExcel.Query(
                stream, useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX, configuration: configuration))
            {
                number++;
                rows.Add(new TableRow(Cells(values, number), number, name));
            }

            sheets.Add(new TableSheet(name, rows));
        }

        return sheets;
    }

    private static TableCell[] Cells(IDictionary<string, object?> values, int number)
    {
        var indexed = values.Select(kv => (Index: TableRow.ColumnIndex(kv.Key), kv.Value)).Where(v => v.Index >= 0).ToList();
        var cells = new TableCell[indexed.Count == 0 ? 0 : indexed.Max(v => v.Index) + 1];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = new TableCell(string.Empty, number);
        }

        foreach (var (index, value) in indexed)
        {
            cells[index] = new TableCell(Text(value), number);
        }

        return cells;
    }

    /// <summary>A cell value as text; a date cell becomes an ISO date the date reader understands.</summary>
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s.Replace("\r\n", "\n", StringComparison.Ordinal),
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
