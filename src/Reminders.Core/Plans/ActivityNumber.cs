using System.Globalization;

namespace Reminders.Core.Plans;

/// <summary>An activity number within a component, such as <c>1.4</c> (written <c>1,4</c> in plan exports).</summary>
public readonly record struct ActivityNumber(int SubComponent, int Item) : IComparable<ActivityNumber>
{
    public int CompareTo(ActivityNumber other) =>
        SubComponent != other.SubComponent ? SubComponent.CompareTo(other.SubComponent) : Item.CompareTo(other.Item);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{SubComponent}.{Item}");

    /// <summary>Parses <c>1.4</c>, <c>1,4</c> or <c>1 . 4</c>.</summary>
    public static bool TryParse(string? text, out ActivityNumber number) => TryParse(text.AsSpan(), out number);

    /// <summary>
    /// <see cref="TryParse(string?, out ActivityNumber)"/> of characters: the part before the first «.» or «,» and the part
    /// after it, each trimmed, trailing dots dropped; no string is made (the importer asks it of every row).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ActivityNumber number)
    {
        number = default;
        var trimmed = text.Trim().TrimEnd('.');
        var separator = trimmed.IndexOfAny('.', ',');
        if (separator < 0
            || !int.TryParse(trimmed[..separator].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sub)
            || !int.TryParse(trimmed[(separator + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var item)
            || sub <= 0 || item <= 0)
        {
            return false;
        }

        number = new ActivityNumber(sub, item);
        return true;
    }

    public static ActivityNumber Parse(string text) =>
        TryParse(text, out var number) ? number : throw new FormatException($"'{text}' is not an activity number such as 1.4.");

    public static bool operator <(ActivityNumber left, ActivityNumber right) => left.CompareTo(right) < 0;
    public static bool operator >(ActivityNumber left, ActivityNumber right) => left.CompareTo(right) > 0;
    public static bool operator <=(ActivityNumber left, ActivityNumber right) => left.CompareTo(right) <= 0;
    public static bool operator >=(ActivityNumber left, ActivityNumber right) => left.CompareTo(right) >= 0;
}
