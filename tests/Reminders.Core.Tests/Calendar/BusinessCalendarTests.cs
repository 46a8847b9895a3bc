using Reminders.Core.Calendar;
using Reminders.Core.Options;

namespace Reminders.Core.Tests.Calendar;

public class BusinessCalendarTests
{
    private readonly BusinessCalendar calendar = new();

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData("2022-01-03", true)]   // Monday
    [InlineData("2022-01-08", false)]  // Saturday
    [InlineData("2022-01-09", false)]  // Sunday
    [InlineData("2022-01-10", false)]  // Reyes Magos (moved)
    [InlineData("2022-04-14", false)]  // Jueves Santo
    [InlineData("2022-04-13", true)]   // Wednesday of Holy Week
    [InlineData("2026-07-13", false)]  // Virgen de Chiquinquirá
    [InlineData("2025-07-14", true)]   // no such holiday before 2026
    public void IsBusinessDay_skips_weekends_and_holidays(string date, bool expected) =>
        Assert.Equal(expected, calendar.IsBusinessDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Extra_closed_and_working_days_from_configuration_are_honoured()
    {
        var configured = new BusinessCalendar(new CalendarOptions { ExtraClosedDays = ["2022-01-04"], ExtraWorkingDays = ["2022-01-08"] });

        Assert.False(configured.IsBusinessDay(D(2022, 1, 4)));
        Assert.True(configured.IsBusinessDay(D(2022, 1, 8)));
    }

    [Theory]
    [InlineData("2022-01-07", 1, "2022-01-11")]   // Friday + 1 skips the weekend and Reyes Magos
    [InlineData("2022-01-31", 3, "2022-02-03")]
    [InlineData("2022-01-31", 10, "2022-02-14")]
    [InlineData("2022-04-12", 3, "2022-04-19")]   // over Jueves and Viernes Santo
    [InlineData("2022-01-11", -1, "2022-01-07")]
    [InlineData("2022-01-08", 0, "2022-01-08")]
    public void AddBusinessDays_counts_only_business_days(string from, int days, string expected) =>
        Assert.Equal(Parse(expected), calendar.AddBusinessDays(Parse(from), days));

    [Theory]
    [InlineData("2022-01-31", "2022-02-03", 3)]
    [InlineData("2022-01-07", "2022-01-11", 1)]
    [InlineData("2022-01-07", "2022-01-10", 0)]
    [InlineData("2022-01-11", "2022-01-07", -1)]
    [InlineData("2022-03-31", "2022-04-18", 10)]   // over Jueves and Viernes Santo
    [InlineData("2022-02-25", "2022-02-25", 0)]
    [InlineData("2021-12-30", "2022-01-11", 7)]    // 31 Dec 2021, 3–7 Jan, 11 Jan (10 Jan is Reyes Magos)
    [InlineData("2022-01-11", "2021-12-30", -7)]
    [InlineData("2021-12-31", "2022-12-31", 246)]  // all of 2022: 260 weekdays less 14 holidays on weekdays
    [InlineData("2021-12-30", "2023-01-02", 248)]  // + 31 Dec 2021 and Monday 2 Jan 2023 (Año Nuevo fell on Sunday)
    public void BusinessDaysBetween_counts_business_days_after_the_start_up_to_the_end(string from, string to, int expected) =>
        Assert.Equal(expected, calendar.BusinessDaysBetween(Parse(from), Parse(to)));

    [Fact]
    public void Configured_days_count_in_business_days_between_and_added()
    {
        // Tuesday 4 January closed, Saturday 8 January working.
        var configured = new BusinessCalendar(new CalendarOptions { ExtraClosedDays = ["2022-01-04"], ExtraWorkingDays = ["2022-01-08"] });

        Assert.Equal(6, configured.BusinessDaysBetween(D(2022, 1, 2), D(2022, 1, 11)));   // 3, 5, 6, 7, 8 (Saturday) and 11
        Assert.Equal(D(2022, 1, 8), configured.AddBusinessDays(D(2022, 1, 3), 4));
        Assert.Equal(D(2022, 1, 8), configured.FirstBusinessDayOnOrAfter(D(2022, 1, 8)));
    }

    [Fact]
    public void Years_before_the_holiday_rules_still_have_weekends()
    {
        // Easter's computus starts in 1583: a weekend day earlier is still not a business day, as the rule has always said.
        Assert.False(calendar.IsBusinessDay(D(1500, 1, 6)));   // a Saturday in the proleptic Gregorian calendar
    }

    [Fact]
    public void NextBusinessDay_and_FirstBusinessDayOnOrAfter_skip_closed_days()
    {
        Assert.Equal(D(2022, 1, 11), calendar.NextBusinessDay(D(2022, 1, 7)));
        Assert.Equal(D(2022, 1, 3), calendar.FirstBusinessDayOnOrAfter(D(2022, 1, 1)));
        Assert.Equal(D(2022, 1, 3), calendar.FirstBusinessDayOnOrAfter(D(2022, 1, 3)));
        Assert.Equal(D(2022, 1, 4), calendar.NextBusinessDay(D(2022, 1, 3)));
    }

    private static DateOnly Parse(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
