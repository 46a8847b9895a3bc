using System.Text.RegularExpressions;
using Reminders.Core.Text;

namespace Reminders.Core.Import;

/// <summary>
/// Recognises the header cells of a PAAC table, ignoring case, accents, spacing and punctuation:
/// <c>Sub-Componente</c>, <c>Subcomponente/proceso</c>, <c>No.</c>, <c>Actividades</c>, <c>Meta o Producto</c>,
/// <c>Responsable</c>, <c>Fecha Programada</c> and their usual variants.
/// </summary>
internal static partial class HeaderNames
{
    private const int LongestHeader = 60;

    private static readonly HashSet<string> NumberHeaders = new(StringComparer.Ordinal)
    {
        "no", "n", "nro", "num", "numero", "item", "consecutivo", "noactividad", "numeroactividad", "numerodeactividad",
    };

    /// <summary>Whole headers: the date columns of a <c>Fecha</c> group, <c>Componente</c> and <c>Elemento</c> used for sub-components.</summary>
    private static readonly Dictionary<string, ColumnKind> Exact = new(StringComparer.Ordinal)
    {
        ["inicio"] = ColumnKind.Start,
        ["fin"] = ColumnKind.Date,
        ["final"] = ColumnKind.Date,
        ["terminacion"] = ColumnKind.Date,
        ["componente"] = ColumnKind.SubComponent,
    };

    /// <summary>Prefixes, short enough to also match headers the document itself cut short (<c>Elemen</c>, <c>Respons</c>).</summary>
    private static readonly (string Key, ColumnKind Kind)[] Prefixes =
    [
        ("subcomponente", ColumnKind.SubComponent),
        ("elemen", ColumnKind.SubComponent),
        ("entregable", ColumnKind.Product),
        ("respons", ColumnKind.Responsible),
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
        ("entregable", ColumnKind.Product),
        ("actividad", ColumnKind.Activity),
    ];

    /// <summary>
    /// <see cref="Classify(string?)"/> of a cell still in the reader's buffer. A Latin-1 cell (every cell of a Spanish
    /// plan) is keyed in a stack buffer, so no cell becomes a string to be recognised: the importer asks this of every
    /// cell, for every delimiter, and of every data row (docs/benchmarks.md, "Import").
    /// </summary>
    public static ColumnKind? Classify(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.ContainsAnyExceptInRange('\0', '\u00FF'))
        {
            return Classify(trimmed.ToString());
        }

        if (trimmed is "#")
        {
            return ColumnKind.Number;
        }

        Span<char> key = stackalloc char[LongestHeader];
        var length = TextKey.CompactLatin1(trimmed, key);
        return length <= 0 ? null : ClassifyKey(key[..length]);
    }

    /// <summary>The column a header cell names, or null.</summary>
    public static ColumnKind? Classify(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed == "#")
        {
            return ColumnKind.Number;
        }

        var key = TextKey.Compact(trimmed);
        return key.Length == 0 || key.Length > LongestHeader ? null : ClassifyKey(key);
    }

    /// <summary>The column a header's <see cref="TextKey.Compact"/> key (1 to <see cref="LongestHeader"/> characters) names, or null.</summary>
    private static ColumnKind? ClassifyKey(ReadOnlySpan<char> key)
    {
        if (NumberHeaders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key))
        {
            return ColumnKind.Number;
        }

        if (Exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var exact))
        {
            return exact;
        }

        if (Period().IsMatch(key))
        {
            return ColumnKind.Period;
        }

        if (key.StartsWith("fecha", StringComparison.Ordinal) && key.Contains("inici", StringComparison.Ordinal))
        {
            return ColumnKind.Start;
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

    /// <summary>
    /// The four-month period (1 to 3) a header names: <c>Cuatrimestre 1</c> (two header rows joined), <c>Cuatrimestre II</c>,
    /// <c>1er cuatrimestre</c>, <c>Tercer cuatrimestre</c>; null for any other header.
    /// </summary>
    public static int? PeriodOf(string? text) => PeriodOfKey(TextKey.Compact(text ?? string.Empty));

    /// <summary><see cref="PeriodOf"/> of a header's <see cref="TextKey.Compact"/> key.</summary>
    private static int? PeriodOfKey(string key)
    {
        var match = Period().Match(key);
        if (!match.Success)
        {
            return null;
        }

        var which = match.Groups["after"].Success ? match.Groups["after"].Value : match.Groups["before"].Value;
        return which switch
        {
            "1" or "i" or "primer" or "primero" => 1,
            "2" or "ii" or "segundo" => 2,
            _ => 3,
        };
    }

    /// <summary>How many different columns a row names: a header row names at least three.</summary>
    public static int Score(TableRow row)
    {
        // Called for every row the importer reads: a bit per kind named, no sets or iterators. A blank cell names none.
        var named = 0;
        foreach (var cell in row.Cells)
        {
            if (Classify(cell.Text.AsSpan()) is { } kind)
            {
                named |= 1 << (int)kind;
            }
        }

        return System.Numerics.BitOperations.PopCount((uint)named);
    }

    [GeneratedRegex("^(?:cuatrimestre(?<after>[123]|i{1,3})|(?<before>[123]|i{1,3}|primer|primero|segundo|tercer|tercero)(?:er|ero|o|do|ro)?cuatrimestre)$")]
    private static partial Regex Period();
}
