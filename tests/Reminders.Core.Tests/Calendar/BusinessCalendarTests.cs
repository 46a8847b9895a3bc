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
    public void BusinessDaysBetween_counts_business_days_after_the_start_up_to_the_end(string from, string to, int expected) =>
        Assert.Equal(expected, calendar.BusinessDaysBetween(Parse(from), Parse(to)));

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
