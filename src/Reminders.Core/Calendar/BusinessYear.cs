namespace Reminders.Core.Calendar;

/// <summary>
/// One year of a <see cref="BusinessCalendar"/>'s answers, computed once: whether each day is a business day and how many business
/// days the year has up to it. Planning asks the same days' questions for every activity of every entity (days left, days late);
/// read from here they cost an array index instead of a walk day by day with set lookups (docs/benchmarks.md, issue 10, round 4).
/// </summary>
internal sealed class BusinessYear
{
    private readonly bool[] business;

    /// <summary>countThrough[i]: business days from 1 January to day i (0-based day of the year), both included.</summary>
    private readonly int[] countThrough;

    private BusinessYear(int year, bool[] business, int[] countThrough)
    {
        Year = year;
        this.business = business;
        this.countThrough = countThrough;
    }

    public int Year { get; }

    /// <summary>The business days of the whole year.</summary>
    public int Count => countThrough[^1];

    /// <summary>
    /// Whether a year is kept as a table: the years the holiday rules cover (Easter's computus, 1583 on), short of the last
    /// representable one, where the rule's own day-by-day walk keeps its behaviour at <see cref="DateOnly.MaxValue"/>.
    /// </summary>
    public static bool Covers(int year) => year is >= 1583 and < 9999;

    public static BusinessYear Of(int year, Func<DateOnly, bool> isBusinessDay)
    {
        var days = DateTime.IsLeapYear(year) ? 366 : 365;
        var business = new bool[days];
        var countThrough = new int[days];
        var count = 0;
        var date = new DateOnly(year, 1, 1);
        for (var i = 0; i < days; i++, date = date.AddDays(1))
        {
            business[i] = isBusinessDay(date);
            count += business[i] ? 1 : 0;
            countThrough[i] = count;
        }

        return new BusinessYear(year, business, countThrough);
    }

    public bool IsBusinessDay(DateOnly date) => business[date.DayOfYear - 1];

    /// <summary>Business days from 1 January to <paramref name="date"/>, both included.</summary>
    public int CountThrough(DateOnly date) => countThrough[date.DayOfYear - 1];
}
