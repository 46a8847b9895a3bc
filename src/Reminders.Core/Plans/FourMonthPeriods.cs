namespace Reminders.Core.Plans;

/// <summary>
/// The three four-month periods (cuatrimestres) of a plan year, as plans mark them: 1 is January–April, 2 May–August,
/// 3 September–December. An activity with marks and no date is due at the end of the last period marked (docs/rules.md).
/// </summary>
public static class FourMonthPeriods
{
    /// <summary>The last day of <paramref name="period"/> (1 to 3) of <paramref name="year"/>: 30 April, 31 August or 31 December.</summary>
    public static DateOnly End(int year, int period) => period switch
    {
        1 => new DateOnly(year, 4, 30),
        2 => new DateOnly(year, 8, 31),
        3 => new DateOnly(year, 12, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "A plan year has three four-month periods."),
    };

    /// <summary>Periods as stored and shown: <c>1,3</c>; null for none.</summary>
    public static string? Format(IReadOnlyList<int>? periods) =>
        periods is null ? null : string.Join(',', periods);

    /// <summary>Reads <see cref="Format"/>'s text back; null for null.</summary>
    public static IReadOnlyList<int>? Parse(string? text) =>
        text is null ? null
        : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))];
}
