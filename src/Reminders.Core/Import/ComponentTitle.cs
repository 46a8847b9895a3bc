using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using Reminders.Core.Plans;
using Reminders.Core.Text;

namespace Reminders.Core.Import;

/// <summary>
/// A component's title row, <c>Componente III: Rendición de Cuentas</c>, <c>Componente 3 - …</c> or
/// <c>COMPONENTE 3: …</c>, with a document section number in front (<c>6.1 COMPONENTE 1: GESTIÓN DEL RIESGO</c>), with
/// or without a colon, with or without a trailing period: its number as a Roman numeral and its name as written.
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

        var name = Spaces.Squeeze(match.Groups["name"].Value).TrimEnd('.').TrimEnd();
        title = new ComponentTitle(RomanNumerals.ToRoman(number), name);
        return true;
    }

    /// <summary>A title row: its first filled cell is a title and no cell holds an activity number.</summary>
    public static bool TryParse(TableRow row, [NotNullWhen(true)] out ComponentTitle? title)
    {
        title = null;
        // The title first: it rules out almost every row with one regular expression, before any cell is read as a number,
        // and without a list of the filled cells (every row of a plan is asked; docs/benchmarks.md, "Import").
        var first = 0;
        while (first < row.Cells.Count && string.IsNullOrWhiteSpace(row.Cells[first].Text))
        {
            first++;
        }

        if (first == row.Cells.Count || !TryParse(row[first], out var found))
        {
            return false;
        }

        // The first filled cell is the title, which names "componente": no activity number.
        for (var c = first + 1; c < row.Cells.Count; c++)
        {
            if (row[c] is { Length: > 0 } cell && ActivityNumber.TryParse(cell, out _))
            {
                return false;
            }
        }

        title = found;
        return true;
    }

    [GeneratedRegex(@"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?componente\s+(?<number>[ivxlc]+|\d+)(?![\p{L}\d])\s*[:.\-–—]?\s*(?<name>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Title();

    /// <summary>A component named by a file or sheet name such as <c>paac-2023-componente-1.tsv</c>.</summary>
    public static bool TryParseName(string? name, [NotNullWhen(true)] out ComponentTitle? title)
    {
        title = null;
        var match = InName().Match(Path.GetFileNameWithoutExtension(name ?? string.Empty));
        if (!match.Success || !RomanNumerals.TryParse(match.Groups["number"].Value, out var number))
        {
            return false;
        }

        title = new ComponentTitle(RomanNumerals.ToRoman(number), string.Empty);
        return true;
    }

    [GeneratedRegex(@"componente[\s_\-.]*(?<number>[ivxlc]+|\d+)(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InName();
}
