using Quartz;
using Reminders.Worker.Delivery;
using Reminders.Worker.Intake;

namespace Reminders.Worker.Jobs;

/// <summary>
/// The scheduled reading of the intake mailbox (<c>Schedules:Intake</c>, off by default): records the replies and
/// queues their answers, then drains the outbox so the answers go out now. Never overlaps itself.
/// </summary>
[DisallowConcurrentExecution]
public sealed class IntakeJob(IntakeMailbox mailbox, DeliveryService delivery, IHostApplicationLifetime lifetime, ILogger<IntakeJob> logger) : IJob
{
    public const string Name = "intake";

    public static readonly JobKey Key = new(Name);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        JobRun.RunAsync(context, Name, lifetime, logger, WorkAsync, cancellationToken);

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        var run = await mailbox.RunAsync(cancellationToken).ConfigureAwait(false);
        if (run.Read > 0)
        {
            await delivery.DrainAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
