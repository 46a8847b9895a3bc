using Microsoft.Extensions.Time.Testing;
using Reminders.Core.Calendar;
using Reminders.Worker.Jobs;

namespace Reminders.Worker.Tests.Jobs;

public sealed class CatchUpPolicyTests
{
    private const string WeekdaysAtSeven = "0 0 7 ? * MON-FRI";
    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

    // Bogotá is UTC-5 all year: 12:00 UTC is 07:00 there.
    private static FakeTimeProvider At(int year, int month, int day, int hourUtc, int minuteUtc = 0) =>
        new(new DateTimeOffset(year, month, day, hourUtc, minuteUtc, 0, TimeSpan.Zero));

    [Fact]
    public void A_run_missed_yesterday_while_down_runs_at_start_up()
    {
        // Wednesday 2026-03-04 at 06:00 in Bogotá; planning last ran Monday; Tuesday 07:00 was missed.
        var time = At(2026, 3, 4, 11);
        Assert.True(CatchUpPolicy.ShouldRun(new DateOnly(2026, 3, 2), time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void A_run_missed_earlier_today_runs_at_start_up()
    {
        var time = At(2026, 3, 4, 12, 30);
        Assert.True(CatchUpPolicy.ShouldRun(new DateOnly(2026, 3, 3), time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void Nothing_runs_before_todays_fire_time_when_yesterday_ran()
    {
        var time = At(2026, 3, 4, 11, 59);
        Assert.False(CatchUpPolicy.ShouldRun(new DateOnly(2026, 3, 3), time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void Nothing_runs_when_planning_already_ran_today()
    {
        var time = At(2026, 3, 4, 20);
        Assert.False(CatchUpPolicy.ShouldRun(new DateOnly(2026, 3, 4), time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void A_weekend_with_no_fire_time_is_not_made_up()
    {
        // Friday ran; now Sunday noon in Bogotá: the schedule did not fire on Saturday or Sunday.
        var time = At(2026, 3, 8, 17);
        Assert.False(CatchUpPolicy.ShouldRun(new DateOnly(2026, 3, 6), time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void A_first_start_runs_when_todays_fire_time_has_passed()
    {
        var time = At(2026, 3, 4, 15);
        Assert.True(CatchUpPolicy.ShouldRun(null, time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void A_first_start_before_todays_fire_time_waits_for_the_schedule()
    {
        var time = At(2026, 3, 4, 10);
        Assert.False(CatchUpPolicy.ShouldRun(null, time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void Today_is_the_date_in_the_entitys_time_zone_not_in_utc()
    {
        // 02:00 UTC on the 5th is still the evening of the 4th in Bogotá.
        var time = At(2026, 3, 5, 2);
        Assert.Equal(new DateOnly(2026, 3, 4), EntityClock.DateOf(time.GetUtcNow(), Bogota));
        Assert.False(CatchUpPolicy.ShouldRun(new DateOnly(2026, 3, 4), time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void A_long_outage_runs_once_for_today()
    {
        var time = At(2026, 3, 16, 11);
        Assert.True(CatchUpPolicy.ShouldRun(new DateOnly(2026, 2, 27), time.GetUtcNow(), WeekdaysAtSeven, Bogota));
    }

    [Fact]
    public void A_fire_at_the_very_start_of_a_missed_day_counts()
    {
        // Daily at midnight; planning last ran 2026-03-02; now 2026-03-03 10:00 in Bogotá: the 00:00 fire was missed.
        Assert.True(CatchUpPolicy.ShouldRun(new DateOnly(2026, 3, 2), At(2026, 3, 3, 15).GetUtcNow(), "0 0 0 * * ?", Bogota));
    }

    [Fact]
    public void A_missed_day_that_starts_in_a_daylight_saving_gap_is_still_made_up()
    {
        // In Santiago de Chile, 2022-09-11 00:00 did not exist (clocks went from 24:00 to 01:00); 07:00 was missed.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var now = new DateTimeOffset(2022, 9, 11, 12, 0, 0, TimeSpan.FromHours(-3));

        Assert.True(CatchUpPolicy.ShouldRun(new DateOnly(2022, 9, 10), now, "0 0 7 * * ?", santiago));
    }

    [Fact]
    public void A_missing_time_zone_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CatchUpPolicy.ShouldRun(null, At(2026, 3, 4, 15).GetUtcNow(), WeekdaysAtSeven, null!));
    }
}

