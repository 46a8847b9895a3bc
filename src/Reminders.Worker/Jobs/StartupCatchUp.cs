using Microsoft.Extensions.Options;
using Quartz;
using Reminders.Core.Calendar;

namespace Reminders.Worker.Jobs;

/// <summary>
/// At start-up, fires the planning job once when a scheduled run was missed while the service was down
/// (see <see cref="CatchUpPolicy"/>). Going through the scheduler keeps the job from overlapping itself.
/// Registered after the Quartz hosted service, so the scheduler and its jobs exist; the trigger fires once it starts.
/// </summary>
internal sealed class StartupCatchUp(
    ISchedulerFactory schedulers,
    SchedulerRuns runs,
    IOptions<SchedulesOptions> schedules,
    EntityClock clock,
    ILogger<StartupCatchUp> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var lastRun = await runs.LastRunAsync(PlanningJob.Name, cancellationToken).ConfigureAwait(false);
        if (!CatchUpPolicy.ShouldRun(lastRun, now, schedules.Value.Planning, clock.Zone))
        {
            return;
        }

        var today = EntityClock.DateOf(now, clock.Zone);
        JobsLog.CatchingUp(logger, lastRun, today);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.TriggerJob(PlanningJob.Key, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
