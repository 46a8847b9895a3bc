using System.Collections.Concurrent;
using Reminders.Core.Options;

namespace Reminders.Core.Calendar;

/// <summary>
/// Business days: Monday to Friday except Colombian national holidays and configured closed days;
/// configured working days count as business days whatever they are.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly HashSet<DateOnly> extraClosed;
    private readonly HashSet<DateOnly> extraWorking;
    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> holidays = new();
    private readonly ConcurrentDictionary<int, BusinessYear> years = new();

    /// <summary>The year asked last (runs ask about one or two years, from several threads): a read without a dictionary lookup.</summary>
    private volatile BusinessYear? lastYear;

    public BusinessCalendar()
        : this([], [])
    {
    }

    /// <summary>Builds the calendar from <c>Reminders:Calendar</c>; its dates must be valid (the options validator checks them).</summary>
    public BusinessCalendar(CalendarOptions options)
        : this(options.ClosedDates(), options.WorkingDates())
    {
    }

    public BusinessCalendar(IEnumerable<DateOnly> extraClosedDays, IEnumerable<DateOnly> extraWorkingDays)
    {
        extraClosed = [.. extraClosedDays];
        extraWorking = [.. extraWorkingDays];
    }

    public bool IsHoliday(DateOnly date) =>
        holidays.GetOrAdd(date.Year, static year => [.. ColombianHolidays.For(year).Select(h => h.Date)]).Contains(date);

    public bool IsBusinessDay(DateOnly date) =>
        BusinessYear.Covers(date.Year) ? Year(date.Year).IsBusinessDay(date) : IsBusinessDayByRule(date);

    /// <summary>The rule itself, day by day; <see cref="BusinessYear"/> holds its answers for a whole year.</summary>
    private bool IsBusinessDayByRule(DateOnly date)
    {
        if (extraWorking.Contains(date))
        {
            return true;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && !extraClosed.Contains(date)
            && !IsHoliday(date);
    }

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextBusinessDay(DateOnly date) => FirstBusinessDayOnOrAfter(date.AddDays(1));

    public DateOnly FirstBusinessDayOnOrAfter(DateOnly date)
    {
        while (!IsBusinessDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>Moves <paramref name="days"/> business days forward (or backward when negative); zero returns the date itself.</summary>
    public DateOnly AddBusinessDays(DateOnly date, int days)
    {
        var step = Math.Sign(days);
        var left = Math.Abs(days);
        while (left > 0)
        {
            date = date.AddDays(step);
            if (IsBusinessDay(date))
            {
                left--;
            }
        }

        return date;
    }

    /// <summary>
    /// The business days in (<paramref name="from"/>, <paramref name="to"/>]; negative (the count in
    /// (<paramref name="to"/>, <paramref name="from"/>]) when <paramref name="to"/> is earlier.
    /// </summary>
    public int BusinessDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -BusinessDaysBetween(to, from);
        }

        if (BusinessYear.Covers(from.Year) && BusinessYear.Covers(to.Year))
        {
            // Business days up to and including `to`, less those up to and including `from`, year by year.
            var count = Year(to.Year).CountThrough(to) - Year(from.Year).CountThrough(from);
            for (var year = from.Year; year < to.Year; year++)
            {
                count += Year(year).Count;
            }

            return count;
        }

        return BusinessDaysBetweenByRule(from, to);
    }

    private int BusinessDaysBetweenByRule(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (IsBusinessDay(day))
            {
                count++;
            }
        }

        return count;
    }

    private BusinessYear Year(int year)
    {
        var last = lastYear;
        if (last is not null && last.Year == year)
        {
            return last;
        }

        var found = years.GetOrAdd(year, static (y, calendar) => BusinessYear.Of(y, calendar.IsBusinessDayByRule), this);
        lastYear = found;
        return found;
    }

    /// <summary>Days from <paramref name="from"/> to <paramref name="to"/>, business days or calendar days.</summary>
    public int DaysBetween(DateOnly from, DateOnly to, bool businessDays) =>
        businessDays ? BusinessDaysBetween(from, to) : to.DayNumber - from.DayNumber;
}
