using System.Globalization;
using System.IO.Compression;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Reminders.Core.Import;

/// <summary>Reads every worksheet of an .xlsx workbook into rows of text, keeping sheet names and row numbers.</summary>
internal static class XlsxTableReader
{
    /// <summary>
    /// Whether every part of the workbook, actually decompressed (never trusting the sizes the zip declares), adds up
    /// to at most <paramref name="limit"/> bytes: a zip bomb is refused before the reader expands it in memory.
    /// </summary>
    public static bool ExpandsWithin(Stream stream, long limit)
    {
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var total = 0L;
        var buffer = new byte[81920];
        foreach (var entry in zip.Entries)
        {
            if (total + entry.Length > limit)
            {
                return false;
            }

            using var part = entry.Open();
            int read;
            while ((read = part.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Reads the workbook in <paramref name="stream"/> (seekable), keeping rows up to the one that passes
    /// <paramref name="maxRows"/> rows or <paramref name="maxCells"/> cells of the workbook (it is reported). Throws when it
    /// is not a readable workbook.
    /// </summary>
    public static IReadOnlyList<TableSheet> Read(Stream stream, int maxRows, long maxCells)
    {
        // No shared-string cache: it may spill to temporary files, and Core does no file I/O.
        var configuration = new OpenXmlConfiguration { EnableSharedStringCache = false, FillMergedCells = false };
        stream.Position = 0;
        var names = MiniExcel.GetSheetNames(stream, configuration);
        var sheets = new List<TableSheet>();
        var kept = 0L;
        foreach (var name in names)
        {
            stream.Position = 0;
            var rows = new List<TableRow>();
            var number = 0;
            foreach (IDictionary<string, object?> values in MiniExcel.Query(
                stream, useHeaderRow: false, sheetName: name, excelType: ExcelType.XLSX, configuration: configuration))
            {
                number++;
                if (number > maxRows + 1 || kept > maxCells)
                {
                    break;
                }

                var cells = Cells(values, number);
                rows.Add(new TableRow(cells, number, name));
                kept += cells.Length;
            }

            sheets.Add(new TableSheet(name, rows));
        }

        return sheets;
    }

    private static TableCell[] Cells(IDictionary<string, object?> values, int number)
    {
        var indexed = values.Select(kv => (Index: TableRow.ColumnIndex(kv.Key), kv.Value)).Where(v => v.Index >= 0).ToList();
        // Columns past the limit are kept as one extra cell, so the row is reported rather than allocated in full.
        var width = indexed.Count == 0 ? 0 : Math.Min(indexed.Max(v => v.Index) + 1, ImportLimits.Columns + 1);
        var cells = new TableCell[width];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = new TableCell(string.Empty, number);
        }

        foreach (var (index, value) in indexed.Where(v => v.Index < width))
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
