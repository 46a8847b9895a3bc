using System.Globalization;

namespace Reminders.Worker.Cli;

/// <summary>
/// A list of names for one line of a command's report: the first few in full, then how many more. A plan of 100,000
/// activities used to print every label on one line; the whole list stays in <c>--json</c>.
/// </summary>
public static class ShortList
{
    /// <summary>How many names a line shows before it counts the rest.</summary>
    public const int Shown = 20;

    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static string Format(IReadOnlyList<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count <= Shown)
        {
            return string.Join(", ", items);
        }

        var rest = (items.Count - Shown).ToString("N0", Colombia);
        return $"{string.Join(", ", items.Take(Shown))} … y {rest} más (la lista completa con --json)";
    }
}
