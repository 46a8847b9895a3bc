using System.Threading.Channels;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Delivery;

/// <summary>
/// Records the outcomes of a delivery batch as they come, beside the sending, in groups (group commit), so the database
/// costs one transaction per group, not one per message. A group is committed once it holds <see cref="MaxWaiting"/>
/// outcomes, once its first outcome has waited <see cref="GroupWindow"/>, or when the batch ends; outcomes that arrive
/// while a group is being committed wait for the next. The sending may run at most <see cref="MaxWaiting"/> outcomes
/// ahead of the group being gathered or committed (itself at most <see cref="MaxWaiting"/>): a process killed mid-batch
/// leaves at most twice that many messages accepted by the server but not recorded as sent, which the next run sends
/// again (docs/reliability.md). When recording fails, the next <see cref="AddAsync"/> throws, which stops the batch.
/// </summary>
internal sealed class OutcomeRecorder
{
    /// <summary>Outcomes that may wait for the recording before the sending waits too; also the largest group.</summary>
    public const int MaxWaiting = 8;

    /// <summary>
    /// How long a group's first outcome may wait for others. Over a fast server eight outcomes arrive within a few
    /// milliseconds, so groups fill and half as many commits are made (docs/benchmarks.md, "Delivery"); at the rate limit,
    /// one message every seconds, each outcome is committed this long after it arrived.
    /// </summary>
    public static readonly TimeSpan GroupWindow = TimeSpan.FromMilliseconds(20);

    private readonly Channel<MessageOutcome> _queue = Channel.CreateBounded<MessageOutcome>(
        new BoundedChannelOptions(MaxWaiting) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Task _writer;

    /// <param name="record">Commits one group durably (<c>OutboxStore.RecordOutcomesAsync</c>).</param>
    /// <param name="time">Times the <see cref="GroupWindow"/>.</param>
    public OutcomeRecorder(Func<IReadOnlyList<MessageOutcome>, Task> record, TimeProvider time) =>
        _writer = Task.Run(() => WriteAsync(record, time));

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

    private async Task WriteAsync(Func<IReadOnlyList<MessageOutcome>, Task> record, TimeProvider time)
    {
        try
        {
            var group = new List<MessageOutcome>(MaxWaiting);
            while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
            {
                Take(group);
                if (group.Count < MaxWaiting)
                {
                    await GatherAsync(group, time).ConfigureAwait(false);
                }

                // An outcome must be recorded even when the service is stopping: never the stopping token.
                await record(group).ConfigureAwait(false);
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

    /// <summary>Adds outcomes as they arrive until the group is full, the window ends or the batch ends.</summary>
    private async Task GatherAsync(List<MessageOutcome> group, TimeProvider time)
    {
        using var window = new CancellationTokenSource(GroupWindow, time);
        try
        {
            while (group.Count < MaxWaiting && await _queue.Reader.WaitToReadAsync(window.Token).ConfigureAwait(false))
            {
                Take(group);
            }
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
            // The window ended: what has already arrived goes too.
            Take(group);
        }
    }

    /// <summary>Moves queued outcomes into the group, up to <see cref="MaxWaiting"/>.</summary>
    private void Take(List<MessageOutcome> group)
    {
        while (group.Count < MaxWaiting && _queue.Reader.TryRead(out var outcome))
        {
            group.Add(outcome);
        }
    }
}
