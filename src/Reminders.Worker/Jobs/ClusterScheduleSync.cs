using Microsoft.Extensions.Options;
using Quartz;
using Reminders.Core.Calendar;

namespace Reminders.Worker.Jobs;

/// <summary>
/// On the clustered store, brings the stored cron triggers in line with <c>Schedules</c> before the scheduler starts,
/// touching a trigger only when its expression or time zone changed. Quartz's default replaces every declared trigger
/// at each start: an instance starting while another had just fired a time could store the replacement with that
/// time still to come, and the same scheduled time ran twice. A replacement starts just after the stored trigger's
/// last fire, so a time missed while every instance was down still fires once (docs/architecture.md, "Several
/// instances").
/// </summary>
internal sealed class ClusterScheduleSync(
    ISchedulerFactory schedulers, IOptions<SchedulesOptions> schedules, EntityClock clock, TimeProvider time, ILogger<ClusterScheduleSync> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Building the scheduler stores the declared jobs and the triggers not stored yet; stored ones are kept.
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var schedule in DeclaredSchedule.All(schedules.Value))
        {
            var key = new TriggerKey(schedule.Trigger);
            var stored = await scheduler.GetTrigger(key, cancellationToken);
            if (schedule.Cron is null)
            {
                if (stored is not null)
                {
                    await scheduler.UnscheduleJob(key, cancellationToken);
                    JobsLog.ScheduleRemoved(logger, schedule.Trigger);
                }

                continue;
            }

            if (stored is ICronTrigger cron && cron.CronExpressionString == schedule.Cron && cron.TimeZone.Id == clock.Zone.Id)
            {
                continue;
            }

            var start = stored?.PreviousFireTimeUtc?.AddSeconds(1) ?? time.GetUtcNow();
            var replacement = TriggerBuilder.Create()
                .WithIdentity(key)
                .ForJob(schedule.Job)
                .WithSchedule(DeclaredSchedule.CronIn(schedule.Cron, clock.Zone))
                .StartAt(start)
                .Build();
            // One store operation under Quartz's lock, whether a trigger is stored under the key or not.
            await scheduler.ScheduleJob(replacement, new ScheduleJobOptions { Replace = true }, cancellationToken);

            JobsLog.ScheduleChanged(logger, schedule.Trigger, schedule.Cron);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
