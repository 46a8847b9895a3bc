using Quartz;
using Reminders.Core.Calendar;
using Reminders.Worker.Delivery;
using Reminders.Worker.Logging;
using Reminders.Worker.Planning;
using Reminders.Worker.Reports;

namespace Reminders.Worker.Jobs;

/// <summary>
/// The scheduled planning run: plans today (in <c>Reminders:TimeZone</c>) and records it, remembers the date so a
/// run missed while down is made up at start-up, then drains the outbox once. Never runs twice at the same time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class PlanningJob(
    PlanningService planning,
    FollowUpMailer followUps,
    DeliveryService delivery,
    SchedulerRuns runs,
    EntityClock clock,
    IHostApplicationLifetime lifetime,
    ILogger<PlanningJob> logger) : IJob
{
    public const string Name = "planning";

    public static readonly JobKey Key = new(Name);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        JobRun.RunAsync(context, Name, lifetime, logger, WorkAsync, cancellationToken);

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var run = await planning.PlanAsync(today, record: true, office: null, cancellationToken).ConfigureAwait(false);
        if (run.NothingImported)
        {
            JobsLog.NothingImported(logger, new LogDate(today));
        }

        await followUps.PlanAsync(today, cancellationToken).ConfigureAwait(false);
        await runs.SetLastRunAsync(Name, today, cancellationToken).ConfigureAwait(false);
        var delivered = await delivery.DrainAsync(cancellationToken).ConfigureAwait(false);
        JobsLog.PlanningRun(logger, new LogDate(today), run.MessageCount, run.Notifications, run.Superseded,
            delivered.Sent, delivered.Retried, delivered.Failed);
    }
}
