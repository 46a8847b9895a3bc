using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Reminders.Worker.Mail;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Delivery;

/// <summary>
/// Drains the outbox (docs/rules.md §10): claims due messages exclusively, a batch at a time, and hands them to the
/// configured delivery as one stream, so its connections stay open from the first message to the last; records each
/// outcome as soon as it is known (in groups, <see cref="OutcomeRecorder"/>): sent, retried later with exponential
/// backoff, or failed with the reason. Claims not attempted are given back at the end.
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

        var first = await ClaimAsync(batchSize, cancellationToken).ConfigureAwait(false);
        if (first.Count == 0)
        {
            return new DeliveryRun(0, 0, 0);
        }

        // Every message claimed, with its attempts so far, until the run ends; those not attempted are given back.
        var claimed = new ConcurrentDictionary<long, int>();
        var done = new HashSet<long>();
        // Room for one batch: the next is claimed once the delivery has taken the first message of this one, so at most
        // two batches are held (a batch is five minutes of sending at the rate limit: both are sent within the lease).
        var mails = Channel.CreateBounded<OutgoingMail>(new BoundedChannelOptions(batchSize) { SingleWriter = true });
        using var stopFeeding = new CancellationTokenSource();
        var feeding = Task.Run(() => FeedAsync(first, mails.Writer, claimed, batchSize, stopFeeding.Token), CancellationToken.None);
        // One connection records the run's groups (each its own durable transaction), closed after the last.
        await using var outcomes = outbox.OutcomeConnection();
        var recorder = new OutcomeRecorder(group => outcomes.RecordAsync(group, CancellationToken.None), time);
        try
        {
            await delivery.SendAsync(mails.Reader, async (mail, result, _) =>
            {
                done.Add(mail.Id);
                var attempts = claimed[mail.Id];
                var refused = result.Refused.Count == 0 ? null : string.Join("; ", result.Refused.Select(r => $"{r.Address}: {r.Reply}"));
                switch (result.Status)
                {
                    case DeliveryStatus.Sent:
                        await recorder.AddAsync(new MessageOutcome(mail.Id, OutboxState.Sent, result.Reply, refused)).ConfigureAwait(false);
                        sent++;
                        DeliveryLog.Sent(logger, mail.Id, result.Reply);
                        break;
                    case DeliveryStatus.TransientFailure when !policy.GivesUpAfter(attempts + 1):
                        var delay = policy.DelayAfter(attempts + 1);
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
            // The delivery ended: everything was sent, the run stopped, or it failed. Nothing more is claimed.
            await stopFeeding.CancelAsync().ConfigureAwait(false);
            try
            {
                await recorder.CompleteAsync().ConfigureAwait(false);
            }
            finally
            {
                // The feeder completes the channel whatever ends it; once it has ended every claim is known.
                await feeding.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                await outbox.ReleaseAsync(Instance, [.. claimed.Keys.Where(id => !done.Contains(id))], CancellationToken.None).ConfigureAwait(false);
            }
        }

        // A claim that failed after the delivery had sent what was already claimed.
        await feeding.ConfigureAwait(false);
        return new DeliveryRun(sent, retried, failed);
    }

    /// <summary>
    /// Writes each claimed batch to the delivery's channel and claims the next while the delivery sends, until a batch
    /// comes back short (nothing more is due), the delivery ends or a claim fails; then completes the channel, so the
    /// delivery sends what it holds and ends. A claim is never cancelled half-way: what it claimed is known and given
    /// back if not sent.
    /// </summary>
    private async Task FeedAsync(
        IReadOnlyList<ClaimedMessage> batch,
        ChannelWriter<OutgoingMail> mails,
        ConcurrentDictionary<long, int> claimed,
        int batchSize,
        CancellationToken stop)
    {
        try
        {
            while (batch.Count > 0)
            {
                // Known before anything else happens to the batch: whatever is not attempted is given back.
                foreach (var message in batch)
                {
                    claimed[message.Id] = message.Attempts;
                }

                // Stopped meanwhile: the write throws, and the batch is given back.
                foreach (var message in batch)
                {
                    await mails.WriteAsync(new OutgoingMail(message.Id, message.Stored, message.Compression), stop).ConfigureAwait(false);
                }

                // The next batch, once the delivery has started on this one (room in the channel): over a fast server the
                // sessions then never wait for the database (docs/benchmarks.md, "Delivery").
                if (batch.Count < batchSize || !await mails.WaitToWriteAsync(stop).ConfigureAwait(false))
                {
                    return;
                }

                batch = await ClaimAsync(batchSize, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The delivery ended first: what was claimed and not sent is given back.
        }
        finally
        {
            mails.TryComplete();
        }
    }

    private async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(int batchSize, CancellationToken cancellationToken)
    {
        var batch = await outbox.ClaimAsync(Instance, Lease, batchSize, ClaimOwner.IsProvablyDead, cancellationToken).ConfigureAwait(false);
        if (batch.Count > 0)
        {
            DeliveryLog.Claimed(logger, batch.Count);
        }

        return batch;
    }

    /// <summary>
    /// Messages claimed per round trip: as many as <see cref="MinutesPerBatch"/> minutes of sending at the rate limit allow
    /// (so a batch never outlasts its lease), at most <see cref="MaxBatch"/>.
    /// </summary>
    internal static int BatchSize(int rateLimitPerMinute) =>
        rateLimitPerMinute <= 0 ? MaxBatch : (int)Math.Clamp((long)rateLimitPerMinute * MinutesPerBatch, 1, MaxBatch);
}
