using Reminders.Core.Calendar;
using Reminders.Core.Reports;
using static Reminders.Core.Tests.Reports.SampleFollowUp;

namespace Reminders.Core.Tests.Reports;

public class FollowUpCalendarTests
{
    [Fact]
    public void The_2022_plan_year_closes_after_the_tenth_business_day_of_January_2023()
    {
        // 1 January and Reyes Magos (moved to Monday 9 January) are holidays: the 10th business day is Monday 16 January.
        Assert.Equal(D("2023-01-16"), Dates.Deadline(2022));
        Assert.Equal(D("2023-01-17"), Dates.ClosingDate(2022));
        Assert.False(Dates.IsClosed(2022, D("2023-01-16")));
        Assert.True(Dates.IsClosed(2022, D("2023-01-17")));
    }

    [Fact]
    public void The_closing_business_day_is_configurable()
    {
        var options = NewOptions();
        options.FollowUp.CloseOnBusinessDay = 3;

        Assert.Equal(D("2023-01-04"), new FollowUpCalendar(options, new BusinessCalendar()).Deadline(2022));
    }

    [Theory]
    [InlineData("2022-05-01", null)] // Sunday, Labour Day: not yet the first business day after 30 April
    [InlineData("2022-05-02", "2022-04-30")]
    [InlineData("2022-08-31", "2022-04-30")] // missed runs are caught up until the next report
    [InlineData("2022-09-01", "2022-08-31")]
    [InlineData("2022-12-30", "2022-08-31")]
    [InlineData("2023-01-02", "2022-12-31")]
    [InlineData("2023-01-16", "2022-12-31")]
    [InlineData("2023-01-17", "final")]
    [InlineData("2023-05-01", "final")]
    [InlineData("2023-05-02", null)]
    public void Each_report_is_due_from_the_first_business_day_after_its_cut_off(string runDate, string? expected)
    {
        var edition = Dates.DueOn(2022, D(runDate));

        Assert.Equal(expected, edition is null ? null : edition.IsFinal ? "final" : edition.CutOff.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_send_day_after_a_cut_off_is_configurable()
    {
        var options = NewOptions();
        options.FollowUp.SendOnBusinessDay = 3;

        Assert.Equal(D("2022-05-04"), new FollowUpCalendar(options, new BusinessCalendar()).SendDate(D("2022-04-30")));
    }

    [Theory]
    [InlineData("2022-04-30", "2022-01-01")]
    [InlineData("2022-08-31", "2022-05-01")]
    [InlineData("2022-12-31", "2022-09-01")]
    public void Each_period_starts_the_day_after_the_previous_cut_off(string cutOff, string start) =>
        Assert.Equal(D(start), Dates.PeriodStart(D(cutOff)));

    [Theory]
    [InlineData("2022-04-30", "2021-12-31")]
    [InlineData("2022-05-01", "2022-04-30")]
    [InlineData("2022-12-31", "2022-08-31")]
    [InlineData("2023-01-10", "2022-12-31")]
    public void The_default_cut_off_is_the_latest_one_passed(string today, string expected) =>
        Assert.Equal(D(expected), Dates.LatestCutOff(D(today)));
}
