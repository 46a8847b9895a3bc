using Microsoft.Extensions.Options;
using Reminders.Worker.Mail;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Delivery;

/// <summary>
/// Drains the outbox (docs/rules.md §10): claims due messages exclusively, hands them to the configured delivery in batches, and
/// records each outcome as soon as it is known (in groups, <see cref="OutcomeRecorder"/>): sent, retried later with exponential
/// backoff, or failed with the reason.
/// </summary>
public sealed class DeliveryService(
    OutboxStore outbox,
    IMailDelivery delivery,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<DeliveryService> logger)
{
    /// <summary>Most messages claimed in one round trip.</summary>
    private const int MaxBatch = 200;

    /// <summary>A batch holds at most this many minutes of sending at the rate limit, well inside its lease.</summary>
    private const int MinutesPerBatch = 5;

    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);
    private static readonly string Instance = ClaimOwner.Current;

    public async Task<DeliveryRun> DrainAsync(CancellationToken cancellationToken)
    {
        var policy = new RetryPolicy(options.Value.MaxAttempts, options.Value.RetryBaseSeconds);
        var batchSize = BatchSize(options.Value.RateLimitPerMinute);
        int sent = 0, retried = 0, failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await outbox.ClaimAsync(Instance, Lease, batchSize, ClaimOwner.IsProvablyDead, cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                break;
            }

            var attempts = claimed.ToDictionary(c => c.Id, c => c.Attempts);
            var done = new HashSet<long>();
            var batch = claimed.Select(c => new OutgoingMail(c.Id, c.Mime)).ToList();
            var recorder = new OutcomeRecorder(outbox);
            try
            {
                await delivery.SendAsync(batch, (mail, result, _) =>
                {
                    done.Add(mail.Id);
                    var refused = result.Refused.Count == 0 ? null : string.Join("; ", result.Refused.Select(r => $"{r.Address}: {r.Reply}"));
                    switch (result.Status)
                    {
                        case DeliveryStatus.Sent:
                            recorder.Add(new MessageOutcome(mail.Id, OutboxState.Sent, result.Reply, refused));
                            sent++;
                            DeliveryLog.Sent(logger, mail.Id, result.Reply);
                            break;
                        case DeliveryStatus.TransientFailure when !policy.GivesUpAfter(attempts[mail.Id] + 1):
                            var delay = policy.DelayAfter(attempts[mail.Id] + 1);
                            recorder.Add(new MessageOutcome(mail.Id, OutboxState.Pending, result.Reply, NextAttempt: time.GetUtcNow() + delay));
                            retried++;
                            DeliveryLog.WillRetry(logger, mail.Id, delay, result.Reply);
                            break;
                        default:
                            recorder.Add(new MessageOutcome(mail.Id, OutboxState.Failed, result.Reply, refused));
                            failed++;
                            DeliveryLog.Failed(logger, mail.Id, result.Reply);
                            break;
                    }

                    return Task.CompletedTask;
                }, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                try
                {
                    await recorder.CompleteAsync().ConfigureAwait(false);
                }
                finally
                {
                    foreach (var id in attempts.Keys.Where(id => !done.Contains(id)))
                    {
                        await outbox.ReleaseAsync(id, CancellationToken.None).ConfigureAwait(false);
                    }
                }
            }

            if (claimed.Count < batchSize || done.Count == 0)
            {
                break;
            }
        }

        return new DeliveryRun(sent, retried, failed);
    }

    /// <summary>
    /// Messages claimed per round trip: as many as <see cref="MinutesPerBatch"/> minutes of sending at the rate limit allow
    /// (so a batch never outlasts its lease), at most <see cref="MaxBatch"/>.
    /// </summary>
    internal static int BatchSize(int rateLimitPerMinute) =>
        rateLimitPerMinute <= 0 ? MaxBatch : (int)Math.Clamp((long)rateLimitPerMinute * MinutesPerBatch, 1, MaxBatch);
}
