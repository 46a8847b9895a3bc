using Microsoft.Extensions.Options;
using Quartz;
using Reminders.Core.Options;
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
    IOptions<RemindersOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<PlanningJob> logger) : IJob
{
    public const string Name = "planning";

    public static readonly JobKey Key = new(Name);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var token = stopping.Token;
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
            var today = CatchUpPolicy.Today(time.GetUtcNow(), zone);
            var run = await planning.PlanAsync(today, record: true, office: null, token).ConfigureAwait(false);
            await followUps.PlanAsync(today, token).ConfigureAwait(false);
            await runs.SetLastRunAsync(Name, today, token).ConfigureAwait(false);
            var delivered = await delivery.DrainAsync(token).ConfigureAwait(false);
            JobsLog.PlanningRun(logger, new LogDate(today), run.Messages.Count, run.Notifications, run.Superseded,
                delivered.Sent, delivered.Retried, delivered.Failed);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            JobsLog.Stopped(logger, Name);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Logged, not rethrown: the next fire tries again, and the outbox keys make a re-run harmless.
            JobsLog.RunFailed(logger, Name, e);
        }
    }
}
