using Reminders.Core.Text;

namespace Reminders.Core.Import;

/// <summary>
/// Recognises the header cells of a PAAC table, ignoring case, accents, spacing and punctuation:
/// <c>Sub-Componente</c>, <c>Subcomponente/proceso</c>, <c>No.</c>, <c>Actividades</c>, <c>Meta o Producto</c>,
/// <c>Responsable</c>, <c>Fecha Programada</c> and their usual variants.
/// </summary>
internal static class HeaderNames
{
    private const int LongestHeader = 60;

    private static readonly HashSet<string> NumberHeaders = new(StringComparer.Ordinal)
    {
        "no", "n", "nro", "num", "numero", "item", "consecutivo", "noactividad", "numeroactividad", "numerodeactividad",
    };

    private static readonly (string Key, ColumnKind Kind)[] Prefixes =
    [
        ("subcomponente", ColumnKind.SubComponent),
        ("actividad", ColumnKind.Activity),
        ("meta", ColumnKind.Product),
        ("producto", ColumnKind.Product),
        ("responsable", ColumnKind.Responsible),
        ("dependencia", ColumnKind.Responsible),
        ("fecha", ColumnKind.Date),
    ];

    private static readonly (string Key, ColumnKind Kind)[] Contained =
    [
        ("subcomponente", ColumnKind.SubComponent),
        ("fecha", ColumnKind.Date),
        ("responsable", ColumnKind.Responsible),
        ("producto", ColumnKind.Product),
        ("actividad", ColumnKind.Activity),
    ];

    /// <summary>The column a header cell names, or null.</summary>
    public static ColumnKind? Classify(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed == "#")
        {
            return ColumnKind.Number;
        }

        var key = TextKey.Compact(trimmed);
        if (key.Length == 0 || key.Length > LongestHeader)
        {
            return null;
        }

        if (NumberHeaders.Contains(key))
        {
            return ColumnKind.Number;
        }

        foreach (var (prefix, kind) in Prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        foreach (var (word, kind) in Contained)
        {
            if (key.Contains(word, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>How many different columns a row names: a header row names at least three.</summary>
    public static int Score(TableRow row) =>
        row.FilledColumns.Select(c => Classify(row[c])).OfType<ColumnKind>().Distinct().Count();
}
