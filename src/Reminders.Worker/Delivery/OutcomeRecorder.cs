using System.Threading.Channels;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Delivery;

/// <summary>
/// Records the outcomes of a delivery batch as they come, beside the sending: while one group of outcomes is being
/// committed, those that arrive meanwhile wait and go together in the next commit (group commit), so the database costs
/// one transaction per group, not one per message. The sending may run at most <see cref="MaxWaiting"/> outcomes ahead
/// of the recording: a process killed mid-batch leaves at most that many messages, plus the group being committed,
/// accepted by the server but not recorded as sent, which the next run sends again (docs/reliability.md).
/// When recording fails, the next <see cref="AddAsync"/> throws, which stops the batch.
/// </summary>
internal sealed class OutcomeRecorder
{
    /// <summary>Outcomes that may wait for the recording before the sending waits too.</summary>
    public const int MaxWaiting = 8;

    private readonly Channel<MessageOutcome> _queue = Channel.CreateBounded<MessageOutcome>(
        new BoundedChannelOptions(MaxWaiting) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Task _writer;

    public OutcomeRecorder(OutboxStore outbox) => _writer = Task.Run(() => WriteAsync(outbox));

    /// <summary>Queues an outcome; waits while <see cref="MaxWaiting"/> are queued; throws if the recording failed.</summary>
    public async Task AddAsync(MessageOutcome outcome)
    {
        try
        {
            await _queue.Writer.WriteAsync(outcome, CancellationToken.None).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            // The writer stopped on an error: report that error.
            await _writer.ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits until every outcome added is recorded; throws what stopped the recording, if anything did.</summary>
    public Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return _writer;
    }

    private async Task WriteAsync(OutboxStore outbox)
    {
        try
        {
            var group = new List<MessageOutcome>();
            while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                while (_queue.Reader.TryRead(out var outcome))
                {
                    group.Add(outcome);
                }

                // An outcome must be recorded even when the service is stopping: never the stopping token.
                await outbox.RecordOutcomesAsync(group, CancellationToken.None).ConfigureAwait(false);
                group.Clear();
            }
        }
        catch (Exception failure)
        {
            // Nothing reads any more: a sender waiting for room must not wait forever.
            _queue.Writer.TryComplete(failure);
            throw;
        }
    }
}
