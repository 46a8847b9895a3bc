using Quartz;

namespace Reminders.Worker.Jobs;

/// <summary>
/// What every job does around its work: stops with the host (the work in flight sees the cancellation), and logs a
/// failure instead of rethrowing it, so the next fire tries again (the outbox keys make a re-run harmless).
/// </summary>
internal static class JobRun
{
    public static async ValueTask RunAsync(
        IJobExecutionContext context, string name, IHostApplicationLifetime lifetime, ILogger logger, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        // Which fire ran where: with the clustered store, each scheduled time runs on one instance only.
        JobsLog.Fired(logger, name, context.ScheduledFireTimeUtc, context.Scheduler.SchedulerInstanceId);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        var token = stopping.Token;
        try
        {
            await work(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            JobsLog.Stopped(logger, name);
        }
        catch (Mail.Smtp.SmtpSessionException e) when (e.InnerException is MailKit.Security.AuthenticationException)
        {
            // Refused credentials: nothing can go until Mail:Smtp is fixed; said once per run, critical, without a stack trace.
            JobsLog.MailRefused(logger, name, e.Message);
        }
        catch (Mail.DeliveryUnavailableException e)
        {
            // The server could not be reached (down, wrong host or port, TLS refused) or the pickup folder written: said
            // once per run, without a stack trace; the messages keep their attempts (docs/rules.md §10).
            JobsLog.MailUnreachable(logger, name, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            JobsLog.RunFailed(logger, name, e);
        }
    }
}
