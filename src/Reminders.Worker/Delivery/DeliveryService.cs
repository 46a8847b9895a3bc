using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Worker.Mail;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Delivery;

/// <summary>
/// Drains the outbox (docs/rules.md §10): claims due messages exclusively, hands them to the configured delivery in batches, and
/// records each outcome as soon as it is known: sent, retried later with exponential backoff, or failed with the reason.
/// </summary>
public sealed class DeliveryService(
    OutboxStore outbox,
    IMailDelivery delivery,
    IOptions<MailOptions> options,
    TimeProvider time,
    ILogger<DeliveryService> logger)
{
    private const int BatchSize = 50;
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(15);
    private static readonly string Instance = ClaimOwner.Current;

    public async Task<DeliveryRun> DrainAsync(CancellationToken cancellationToken)
    {
        var policy = new RetryPolicy(options.Value.MaxAttempts, options.Value.RetryBaseSeconds);
        int sent = 0, retried = 0, failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = await outbox.ClaimAsync(Instance, Lease, BatchSize, ClaimOwner.IsProvablyDead, cancellationToken).ConfigureAwait(false);
            if (claimed.Count == 0)
            {
                break;
            }

            var attempts = claimed.ToDictionary(c => c.Id, c => c.Attempts);
            var done = new HashSet<long>();
            var batch = claimed.Select(c => new OutgoingMail(c.Id, Parse(c.Mime))).ToList();
            try
            {
                await delivery.SendAsync(batch, async (mail, result, ct) =>
                {
                    done.Add(mail.Id);
                    var refused = result.Refused.Count == 0 ? null : string.Join("; ", result.Refused.Select(r => $"{r.Address}: {r.Reply}"));
                    switch (result.Status)
                    {
                        case DeliveryStatus.Sent:
                            await outbox.MarkSentAsync(mail.Id, result.Reply, refused, CancellationToken.None).ConfigureAwait(false);
                            sent++;
                            DeliveryLog.Sent(logger, mail.Id, result.Reply);
                            break;
                        case DeliveryStatus.TransientFailure when !policy.GivesUpAfter(attempts[mail.Id] + 1):
                            var delay = policy.DelayAfter(attempts[mail.Id] + 1);
                            await outbox.MarkRetryAsync(mail.Id, result.Reply, time.GetUtcNow() + delay, CancellationToken.None).ConfigureAwait(false);
                            retried++;
                            DeliveryLog.WillRetry(logger, mail.Id, delay, result.Reply);
                            break;
                        default:
                            await outbox.MarkFailedAsync(mail.Id, result.Reply, refused, CancellationToken.None).ConfigureAwait(false);
                            failed++;
                            DeliveryLog.Failed(logger, mail.Id, result.Reply);
                            break;
                    }
                }, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                foreach (var id in attempts.Keys.Where(id => !done.Contains(id)))
                {
                    await outbox.ReleaseAsync(id, CancellationToken.None).ConfigureAwait(false);
                }
            }

            if (claimed.Count < BatchSize || done.Count == 0)
            {
                break;
            }
        }

        return new DeliveryRun(sent, retried, failed);
    }

    private static MimeMessage Parse(byte[] mime)
    {
        using var stream = new MemoryStream(mime);
        return MimeMessage.Load(stream);
    }
}
