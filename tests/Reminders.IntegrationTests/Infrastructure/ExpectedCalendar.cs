using System.Globalization;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// The 2022 Colombian business calendar written out by hand (not computed by the product), and the docs/rules.md §3–§6 days
/// derived from it, to check the product against.
/// </summary>
public static class ExpectedCalendar
{
    public static readonly IReadOnlySet<DateOnly> Holidays2022 = new HashSet<DateOnly>(
        new[] { "01-01", "01-10", "03-21", "04-14", "04-15", "05-01", "05-30", "06-20", "06-27", "07-04", "07-20", "08-07", "08-15", "10-17", "11-07", "11-14", "12-08", "12-25" }
            .Select(d => Day("2022-" + d)));

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static IEnumerable<DateOnly> Year2022 => Enumerable.Range(0, 365).Select(i => new DateOnly(2022, 1, 1).AddDays(i));

    public static bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays2022.Contains(day);

    public static DateOnly FirstBusinessDayOnOrAfter(DateOnly day)
    {
        while (!IsBusinessDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The day on which <paramref name="count"/> business days have passed after <paramref name="day"/>.</summary>
    public static DateOnly AddBusinessDays(DateOnly day, int count)
    {
        for (var passed = 0; passed < count;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
            {
                passed++;
            }
        }

        return day;
    }

    /// <summary>The first business day of every ISO week of 2022 that starts after the week of <paramref name="day"/>.</summary>
    public static IEnumerable<DateOnly> FirstBusinessDaysOfLaterWeeks(DateOnly day)
    {
        var week = Week(day);
        return Year2022.Where(IsBusinessDay).GroupBy(Week).Where(g => string.CompareOrdinal(g.Key, week) > 0).Select(g => g.Min());
    }

    /// <summary>Due-soon days (lead days 30, 15, 7, 3, 1, 0, a weekend or holiday moved to the next business day), the first overdue notice and the weekly reminders.</summary>
    public static IEnumerable<DateOnly> DatedNoticeDays(DateOnly due)
    {
        var start = new DateOnly(2022, 1, 1);
        foreach (var lead in new[] { 30, 15, 7, 3, 1, 0 })
        {
            var day = due.AddDays(-lead);
            yield return FirstBusinessDayOnOrAfter(day < start ? start : day);
        }

        var first = FirstBusinessDayOnOrAfter(due.AddDays(1));
        yield return first;
        foreach (var weekly in FirstBusinessDaysOfLaterWeeks(first))
        {
            yield return weekly;
        }
    }

    private static string Week(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(date)}-{ISOWeek.GetWeekOfYear(date):00}";
    }
}
