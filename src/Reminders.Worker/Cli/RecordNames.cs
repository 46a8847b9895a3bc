namespace Reminders.Worker.Cli;

/// <summary>
/// Names typed by the administrator that become records (an entity, an office, an alias): one line of text. A line
/// break or another control character would create a record no plan can name and no listing shows plainly.
/// </summary>
public static class RecordNames
{
    /// <summary>The trimmed name; throws <see cref="InvalidInputException"/> naming <paramref name="what"/> when it holds a control character.</summary>
    public static string Require(string name, string what)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        var bad = trimmed.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (bad < 0)
        {
            bad = trimmed.AsSpan().IndexOfAnyInRange('\u007F', '\u009F');
        }

        if (bad >= 0)
        {
            var shown = trimmed.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
            throw new InvalidInputException(
                $"{what} «{shown}» tiene un salto de línea u otro carácter de control (posición {bad + 1}); escríbalo en una sola línea.");
        }

        return trimmed;
    }
}
