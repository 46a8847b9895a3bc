using Quartz;
using Reminders.Core.Calendar;

namespace Reminders.Worker.Jobs;

/// <summary>
/// Whether a planning run missed while the service was down is made up at start-up. The in-memory job store forgets
/// fires that happened while the process was not running, so the last planned date is kept in the database instead.
/// </summary>
public static class CatchUpPolicy
{
    /// <summary>
    /// True when planning has not run for today yet and <paramref name="cron"/> had a fire time from the day after
    /// <paramref name="lastRun"/> (from the start of today when planning never ran) up to <paramref name="now"/>.
    /// One run for today makes up for every missed day: today's run sees every overdue activity.
    /// </summary>
    public static bool ShouldRun(DateOnly? lastRun, DateTimeOffset now, string cron, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var today = EntityClock.DateOf(now, zone);
        if (lastRun >= today)
        {
            return false;
        }

        var firstMissedDay = lastRun?.AddDays(1) ?? today;
        var from = StartOf(firstMissedDay, zone);
        var expression = new CronExpression(cron, zone);
        var fire = expression.GetNextValidTimeAfter(from.AddSeconds(-1));
        return fire is not null && fire.Value <= now;
    }

    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
