using System.Text.RegularExpressions;
using Reminders.Core.Text;

namespace Reminders.Core.Plans;

/// <summary>
/// Office names as plans write them in <c>Responsable</c>: splitting a cell into offices, and a key that
/// matches the same office written with other accents, case or spacing.
/// </summary>
public static partial class OfficeNames
{
    /// <summary>Every match of <see cref="Separators"/> holds one of these.</summary>
    private static readonly System.Buffers.SearchValues<char> SeparatorCharacters = System.Buffers.SearchValues.Create("-–—/;\r\n*•·");

    /// <summary>Every match of <see cref="SpacedPunctuation"/> holds one of these.</summary>
    private static readonly System.Buffers.SearchValues<char> Punctuation = System.Buffers.SearchValues.Create(".,;:()-/");

    private static readonly char[] PieceTrim = [' ', '\t', '-', '–', '—', '*', '•', '·', '.', ',', ':', '\u00A0'];

    /// <summary>
    /// Splits a <c>Responsable</c> cell into office names on <c> - </c>, <c>/</c>, <c>;</c>, bullets and line breaks,
    /// trimmed, in order, without empty pieces or duplicates (by <see cref="Normalize"/>). Never splits on
    /// <c> y </c> nor on a hyphen inside a word.
    /// </summary>
    public static IReadOnlyList<string> Split(string? responsable)
    {
        var names = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var cell = responsable ?? string.Empty;
        // Most cells name one office: without any character a separator contains, the regular expression has nothing to split.
        foreach (var piece in cell.AsSpan().IndexOfAny(SeparatorCharacters) < 0 ? [cell] : Separators().Split(cell))
        {
            var name = Spaces.Squeeze(piece).Trim(PieceTrim);
            if (name.Length > 0 && keys.Add(Normalize(name)))
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>
    /// The matching key of an office name: accents removed, lower case, spaces collapsed, no spaces around
    /// punctuation, trimmed, without a final period. <c>SECRETARÍA  DE PLANEACIÓN</c> and
    /// <c>Secretaria de Planeacion</c> have the same key.
    /// </summary>
    public static string Normalize(string? name)
    {
        var folded = TextKey.Fold(name ?? string.Empty);
        folded = Spaces.Squeeze(folded);
        if (folded.AsSpan().IndexOfAny(Punctuation) >= 0)
        {
            folded = SpacedPunctuation().Replace(folded, "$1");
        }

        return folded.Trim().TrimEnd('.').Trim();
    }

    [GeneratedRegex(@"\s+[-–—]\s*|\s*[-–—]\s+|[/;\r\n*•·]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\s*([.,;:()\-/])\s*")]
    private static partial Regex SpacedPunctuation();
}
