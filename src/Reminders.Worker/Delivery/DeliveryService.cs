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
        if (cancellationToken.IsCancellationRequested)
        {
            return new DeliveryRun(0, 0, 0);
        }

        var claimed = await outbox.ClaimAsync(Instance, Lease, batchSize, ClaimOwner.IsProvablyDead, cancellationToken).ConfigureAwait(false);
        while (claimed.Count > 0)
        {
            // A full batch means more may be waiting: the next batch is claimed while this one is sent, so over a fast
            // server the sessions do not wait for the database between batches (docs/benchmarks.md, "Delivery"). On a
            // pool thread: SQLite's asynchronous calls complete synchronously, so called here the claim ran to its end
            // before this batch's first message.
            var next = claimed.Count == batchSize
                ? Task.Run(() => ClaimNextAsync(batchSize, cancellationToken), CancellationToken.None)
                : null;
            int done;
            try
            {
                done = await SendBatchAsync(claimed).ConfigureAwait(false);
            }
            catch
            {
                await ReleaseAsync(next).ConfigureAwait(false);
                throw;
            }

            if (next is null || done == 0 || cancellationToken.IsCancellationRequested)
            {
                await ReleaseAsync(next).ConfigureAwait(false);
                break;
            }

            claimed = await next.ConfigureAwait(false);
        }

        return new DeliveryRun(sent, retried, failed);

        // Sends one claimed batch, records each outcome (in groups) and gives back the claims of messages not attempted;
        // returns how many were attempted.
        async Task<int> SendBatchAsync(IReadOnlyList<ClaimedMessage> batch)
        {
            var attempts = batch.ToDictionary(c => c.Id, c => c.Attempts);
            var done = new HashSet<long>();
            // One connection records the batch's groups (each its own durable transaction), closed after the last.
            await using var outcomes = outbox.OutcomeConnection();
            var recorder = new OutcomeRecorder(group => outcomes.RecordAsync(group, CancellationToken.None), time);
            try
            {
                await delivery.SendAsync([.. batch.Select(c => new OutgoingMail(c.Id, c.Stored, c.Compression))], async (mail, result, _) =>
                {
                    done.Add(mail.Id);
                    var refused = result.Refused.Count == 0 ? null : string.Join("; ", result.Refused.Select(r => $"{r.Address}: {r.Reply}"));
                    switch (result.Status)
                    {
                        case DeliveryStatus.Sent:
                            await recorder.AddAsync(new MessageOutcome(mail.Id, OutboxState.Sent, result.Reply, refused)).ConfigureAwait(false);
                            sent++;
                            DeliveryLog.Sent(logger, mail.Id, result.Reply);
                            break;
                        case DeliveryStatus.TransientFailure when !policy.GivesUpAfter(attempts[mail.Id] + 1):
                            var delay = policy.DelayAfter(attempts[mail.Id] + 1);
                            await recorder.AddAsync(new MessageOutcome(mail.Id, OutboxState.Pending, result.Reply, NextAttempt: time.GetUtcNow() + delay)).ConfigureAwait(false);
                            retried++;
                            DeliveryLog.WillRetry(logger, mail.Id, delay, result.Reply);
                            break;
                        default:
                            await recorder.AddAsync(new MessageOutcome(mail.Id, OutboxState.Failed, result.Reply, refused)).ConfigureAwait(false);
                            failed++;
                            DeliveryLog.Failed(logger, mail.Id, result.Reply);
                            break;
                    }
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
                    await outbox.ReleaseAsync(Instance, [.. attempts.Keys.Where(id => !done.Contains(id))], CancellationToken.None).ConfigureAwait(false);
                }
            }

            return done.Count;
        }
    }

    /// <summary>Claims the next batch; nothing when the run is stopped meanwhile.</summary>
    private async Task<IReadOnlyList<ClaimedMessage>> ClaimNextAsync(int batchSize, CancellationToken cancellationToken)
    {
        try
        {
            return await outbox.ClaimAsync(Instance, Lease, batchSize, ClaimOwner.IsProvablyDead, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return [];
        }
    }

    /// <summary>Gives back the claims of a batch claimed ahead that will not be sent in this run.</summary>
    private async Task ReleaseAsync(Task<IReadOnlyList<ClaimedMessage>>? claiming)
    {
        if (claiming is not null)
        {
            var unsent = await claiming.ConfigureAwait(false);
            await outbox.ReleaseAsync(Instance, [.. unsent.Select(c => c.Id)], CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Messages claimed per round trip: as many as <see cref="MinutesPerBatch"/> minutes of sending at the rate limit allow
    /// (so a batch never outlasts its lease), at most <see cref="MaxBatch"/>.
    /// </summary>
    internal static int BatchSize(int rateLimitPerMinute) =>
        rateLimitPerMinute <= 0 ? MaxBatch : (int)Math.Clamp((long)rateLimitPerMinute * MinutesPerBatch, 1, MaxBatch);
}
