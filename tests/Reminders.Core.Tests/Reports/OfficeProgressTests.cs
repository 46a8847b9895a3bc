using Reminders.Core.Reports;
using static Reminders.Core.Tests.Reports.SampleFollowUp;

namespace Reminders.Core.Tests.Reports;

public class OfficeProgressTests
{
    [Theory]
    [InlineData(1L, 3, 12)] // Planeación: 1.1, 2.4, 3.2 done; 3.1 cancelled and 3.7 ongoing do not count
    [InlineData(2L, 2, 4)] // Comunicaciones: 1.4, 1.5
    [InlineData(3L, 2, 4)] // Gobierno Digital: 1.5, 2.3
    [InlineData(4L, 1, 1)] // Control Interno: 3.6
    public void An_office_progress_counts_its_dated_activities_done(long office, int done, int dated) =>
        Assert.Equal(new OfficeProgress(done, dated), OfficeProgress.Of(Activities(), office, 2022, D("2023-01-16")));

    [Fact]
    public void Only_what_was_done_by_the_run_date_counts() =>
        Assert.Equal(new OfficeProgress(2, 12), OfficeProgress.Of(Activities(), 1, 2022, D("2022-05-02"))); // 3.2 is done in 2023

    [Fact]
    public void Another_plan_year_does_not_count() =>
        Assert.Equal(new OfficeProgress(0, 0), OfficeProgress.Of(Activities(), 1, 2023, D("2023-05-02")));

    [Fact]
    public void The_percentage_has_one_decimal()
    {
        Assert.Equal(62.5m, new OfficeProgress(5, 8).Percent);
        Assert.Equal(16.7m, new OfficeProgress(2, 12).Percent);
        Assert.Null(new OfficeProgress(0, 0).Percent);
    }
}
