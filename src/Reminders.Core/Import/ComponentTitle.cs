using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>
/// A component's title row, <c>Componente III: Rendición de Cuentas</c>, <c>Componente 3 - …</c> or
/// <c>COMPONENTE 3: …</c>: its number as a Roman numeral and its name as written.
/// </summary>
internal sealed partial record ComponentTitle(string Number, string Name)
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out ComponentTitle? title)
    {
        title = null;
        var match = Title().Match(text ?? string.Empty);
        if (!match.Success || !RomanNumerals.TryParse(match.Groups["number"].Value, out var number))
        {
            return false;
        }

        var name = Whitespace().Replace(match.Groups["name"].Value, " ").Trim();
        title = new ComponentTitle(RomanNumerals.ToRoman(number), name);
        return true;
    }

    /// <summary>A title row: its first filled cell is a title and no cell holds an activity number.</summary>
    public static bool TryParse(TableRow row, [NotNullWhen(true)] out ComponentTitle? title)
    {
        title = null;
        var filled = row.FilledColumns.ToList();
        return filled.Count > 0
            && !filled.Any(c => ActivityNumber.TryParse(row[c], out _))
            && TryParse(row[filled[0]], out title);
    }

    [GeneratedRegex(@"^\s*componente\s+(?<number>[ivxlc]+|\d+)(?![\p{L}\d])\s*[:.\-–—]?\s*(?<name>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
