using Quartz;
using Reminders.Worker.Delivery;

namespace Reminders.Worker.Jobs;

/// <summary>The scheduled delivery run: drains the outbox (messages due, retries whose time has come). Never overlaps itself.</summary>
[DisallowConcurrentExecution]
public sealed class DeliveryJob(DeliveryService delivery, IHostApplicationLifetime lifetime, ILogger<DeliveryJob> logger) : IJob
{
    public const string Name = "delivery";

    public static readonly JobKey Key = new(Name);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var token = stopping.Token;
        try
        {
            var run = await delivery.DrainAsync(token).ConfigureAwait(false);
            if (run.Attempted == 0)
            {
                JobsLog.NothingDue(logger);
            }
            else
            {
                JobsLog.DeliveryRun(logger, run.Sent, run.Retried, run.Failed);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            JobsLog.Stopped(logger, Name);
        }
        catch (Mail.Smtp.SmtpSessionException e)
        {
            JobsLog.MailRefused(logger, Name, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            JobsLog.RunFailed(logger, Name, e);
        }
    }
}
