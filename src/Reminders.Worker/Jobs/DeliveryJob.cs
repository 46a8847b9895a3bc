using Quartz;
using Reminders.Worker.Delivery;

namespace Reminders.Worker.Jobs;

/// <summary>The scheduled delivery run: drains the outbox (messages due, retries whose time has come). Never overlaps itself.</summary>
[DisallowConcurrentExecution]
public sealed class DeliveryJob(DeliveryService delivery, IHostApplicationLifetime lifetime, ILogger<DeliveryJob> logger) : IJob
{
    public const string Name = "delivery";

    public static readonly JobKey Key = new(Name);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        JobRun.RunAsync(context, Name, lifetime, logger, WorkAsync, cancellationToken);

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        var run = await delivery.DrainAsync(cancellationToken).ConfigureAwait(false);
        if (run.Attempted == 0)
        {
            JobsLog.NothingDue(logger);
        }
        else
        {
            JobsLog.DeliveryRun(logger, run.Sent, run.Retried, run.Failed);
        }
    }
}
