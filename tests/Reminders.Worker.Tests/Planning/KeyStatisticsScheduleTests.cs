using Reminders.Worker.Planning;

namespace Reminders.Worker.Tests.Planning;

public class KeyStatisticsScheduleTests
{
    [Fact]
    public void A_refresh_is_due_once_the_first_five_thousand_keys_are_committed_then_each_time_they_double()
    {
        var schedule = new KeyStatisticsSchedule();
        long[] committed = [0, 4_999, 5_000, 6_000, 9_999, 10_000, 19_999, 25_000, 49_999, 50_000];

        var due = committed.Where(schedule.Due).ToList();

        Assert.Equal([5_000, 10_000, 25_000, 50_000], due);
    }

    [Fact]
    public void A_run_of_millions_of_keys_refreshes_about_a_dozen_times()
    {
        var schedule = new KeyStatisticsSchedule();

        // A 6,000-entity first run commits ~3.4 million keys in groups of ~18,000 (32 entities a commit).
        var refreshes = Enumerable.Range(1, 190).Count(group => schedule.Due(group * 18_000L));

        Assert.InRange(refreshes, 8, 12);
    }
}
