using System.Text.RegularExpressions;
using Reminders.Core.Text;

namespace Reminders.Core.Import;

/// <summary>
/// The start of a sub-component in the first column: <c>Sub-Componente No. 1. INFORMACIÓN (…)</c>,
/// <c>Subcomponente 1 …</c>, <c>Subcomponente/proceso 1 …</c>, with the number when the cell has one and the
/// name without the prefix.
/// </summary>
internal static partial class SubComponentCell
{
    /// <summary>True when the cell starts a sub-component; <paramref name="number"/> is null when it names none.</summary>
    public static bool TryParse(string? text, out int? number, out string name)
    {
        number = null;
        name = string.Empty;
        var match = Prefix().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        if (RomanNumerals.TryParse(match.Groups["number"].Value, out var value))
        {
            number = value;
        }

        name = Spaces.Squeeze(match.Groups["name"].Value);
        return true;
    }

    [GeneratedRegex(
        @"^\s*sub\s*-?\s*componente(?:\s*/\s*proceso)?(?![\p{L}])\s*(?:(?:no|n[°º]|nro|n[uú]mero)(?![\p{L}])\s*\.?\s*)?(?<number>\d+|[ivx]+(?![\p{L}\d]))?\s*[.:\-–—]?\s*(?<name>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
