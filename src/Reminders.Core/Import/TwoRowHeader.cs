namespace Reminders.Core.Import;

/// <summary>
/// A header written on two rows: a group header over its sub-headers, such as <c>Fecha</c> over <c>Inicio | Fin</c> or
/// <c>Cuatrimestre</c> over <c>1 | 2 | 3</c>. Each column is named by its group and its sub-header (<c>Fecha Fin</c>).
/// </summary>
internal static class TwoRowHeader
{
    private const int LongestSubHeader = 20;

    /// <summary>
    /// True when <paramref name="next"/> holds sub-headers of <paramref name="header"/>: at least two short cells and
    /// nothing under the activity and responsible headers, which every activity row fills.
    /// </summary>
    public static bool TryMerge(TableRow header, TableRow next, out TableRow merged)
    {
        merged = header;
        var filled = next.FilledColumns.ToList();
        if (filled.Count < 2 || filled.Any(c => next[c].Length > LongestSubHeader))
        {
            return false;
        }

        var required = header.FilledColumns
            .Where(c => HeaderNames.Classify(header[c]) is ColumnKind.Activity or ColumnKind.Responsible)
            .ToList();
        if (required.Count == 0 || required.Any(c => next[c].Length > 0))
        {
            return false;
        }

        var cells = new List<TableCell>();
        var group = string.Empty;
        for (var c = 0; c < Math.Max(header.Cells.Count, next.Cells.Count); c++)
        {
            group = header[c].Length > 0 ? header[c] : next[c].Length > 0 ? group : string.Empty;
            var name = next[c].Length == 0 ? group : group.Length == 0 ? next[c] : $"{group} {next[c]}";
            cells.Add(new TableCell(name, c < header.Cells.Count ? header.Cells[c].Line : header.Number));
        }

        merged = header with { Cells = cells };
        return true;
    }
}
