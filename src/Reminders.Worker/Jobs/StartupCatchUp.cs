using Microsoft.Extensions.Options;
using Quartz;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Worker.Logging;
using Reminders.Worker.Outbox;
using Reminders.Worker.Planning;

namespace Reminders.Worker.Jobs;

/// <summary>
/// At start-up, fires the planning job once when a scheduled run was missed while the service was down
/// (see <see cref="CatchUpPolicy"/>). Going through the scheduler keeps the job from overlapping itself.
/// On the first start over a database where planning never ran, it first says what that first run will send, or —
/// with <c>Reminders:CatchUp</c> = <c>Supersede</c> — records it all as superseded without sending.
/// Registered after the Quartz hosted service, so the scheduler and its jobs exist; the trigger fires once it starts.
/// </summary>
internal sealed class StartupCatchUp(
    ISchedulerFactory schedulers,
    SchedulerRuns runs,
    PlanningService planning,
    IOptions<SchedulesOptions> schedules,
    IOptions<RemindersOptions> reminders,
    EntityClock clock,
    ILogger<StartupCatchUp> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var today = EntityClock.DateOf(now, clock.Zone);
        var lastRun = await runs.LastRunAsync(PlanningJob.Name, cancellationToken).ConfigureAwait(false);
        if (lastRun is null && !await FirstStartAsync(today, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        if (!CatchUpPolicy.ShouldRun(lastRun, now, schedules.Value.Planning, clock.Zone))
        {
            return;
        }

        if (lastRun is null)
        {
            JobsLog.FirstRunNow(logger, new LogDate(today));
        }
        else
        {
            JobsLog.CatchingUp(logger, new LogDate(lastRun), new LogDate(today));
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.TriggerJob(PlanningJob.Key, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Reports (Send) or records as superseded (Supersede) what the first run finds; false when nothing is left to catch up.</summary>
    private async Task<bool> FirstStartAsync(DateOnly today, CancellationToken cancellationToken)
    {
        if (reminders.Value.CatchUp == CatchUpMode.Supersede)
        {
            var superseded = await planning.SupersedeAsync(today, cancellationToken).ConfigureAwait(false);
            await runs.SetLastRunAsync(PlanningJob.Name, today, cancellationToken).ConfigureAwait(false);
            JobsLog.FirstStartSuperseded(logger, superseded, new LogDate(today));
            return false;
        }

        var preview = await planning.PlanAsync(today, record: false, office: null, cancellationToken).ConfigureAwait(false);
        if (preview.Messages.Count == 0)
        {
            JobsLog.FirstStartNothingDue(logger, new LogDate(today));
            return true;
        }

        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return true;
        }

        var oldest = preview.Messages.SelectMany(m => m.Entry.Items).Where(i => i.Section == "overdue")
            .Select(i => i.Due).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        var backlog = oldest is null ? "ninguno atrasado" : $"incluidos los atrasados desde el {oldest}";
        JobsLog.FirstStartWillSend(
            logger, new LogDate(today), preview.Messages.Count,
            preview.Messages.Count(m => m.Entry.Kind == MessageKind.Digest), preview.Messages.Count(m => m.Entry.Kind == MessageKind.Escalation),
            preview.Notifications, backlog);
        return true;
    }
}
