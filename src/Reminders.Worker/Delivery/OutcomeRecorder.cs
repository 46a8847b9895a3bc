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
/// <remarks>
/// The writer is woken twice per group, not once per outcome: by the first outcome, and again only when enough have
/// arrived to fill the group (or the window ends, or the batch does). Adding an outcome while there is room is a few
/// instructions under a lock, with no thread hand-off (docs/benchmarks.md, "Delivery").
/// </remarks>
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

    private readonly Lock _lock = new();
    private readonly Queue<MessageOutcome> _waiting = new(MaxWaiting);
    private readonly Func<IReadOnlyList<MessageOutcome>, Task> _record;
    private readonly TimeProvider _time;
    private readonly Task _writer;

    /// <summary>Completed when the writer may go on: <see cref="_wanted"/> outcomes wait, or the batch ended.</summary>
    private TaskCompletionSource? _arrived;
    private int _wanted;

    /// <summary>Completed when a sender waiting for room may add its outcome.</summary>
    private TaskCompletionSource? _room;
    private bool _completed;
    private bool _failed;

    /// <param name="record">Commits one group durably (<c>OutcomeConnection.RecordAsync</c>).</param>
    /// <param name="time">Times the <see cref="GroupWindow"/>.</param>
    public OutcomeRecorder(Func<IReadOnlyList<MessageOutcome>, Task> record, TimeProvider time)
    {
        _record = record;
        _time = time;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Queues an outcome; waits while <see cref="MaxWaiting"/> are queued; throws if the recording failed.</summary>
    public async Task AddAsync(MessageOutcome outcome)
    {
        while (true)
        {
            Task room;
            lock (_lock)
            {
                if (_failed)
                {
                    break;
                }

                if (_completed)
                {
                    throw new InvalidOperationException("The batch's outcomes were already completed.");
                }

                if (_waiting.Count < MaxWaiting)
                {
                    _waiting.Enqueue(outcome);
                    if (_waiting.Count >= _wanted)
                    {
                        Wake();
                    }

                    return;
                }

                _room ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                room = _room.Task;
            }

            await room.ConfigureAwait(false);
        }

        // The writer stopped on an error: report that error.
        await _writer.ConfigureAwait(false);
    }

    /// <summary>Waits until every outcome added is recorded; throws what stopped the recording, if anything did.</summary>
    public Task CompleteAsync()
    {
        lock (_lock)
        {
            _completed = true;
            Wake();
        }

        return _writer;
    }

    private async Task WriteAsync()
    {
        try
        {
            var group = new List<MessageOutcome>(MaxWaiting);
            while (true)
            {
                await WaitForAsync(1, CancellationToken.None).ConfigureAwait(false);
                if (!Take(group))
                {
                    return;
                }

                if (group.Count < MaxWaiting)
                {
                    await GatherAsync(group).ConfigureAwait(false);
                }

                // An outcome must be recorded even when the service is stopping: never the stopping token.
                await _record(group).ConfigureAwait(false);
                group.Clear();
            }
        }
        catch
        {
            // Nothing reads any more: a sender waiting for room must not wait forever.
            lock (_lock)
            {
                _failed = true;
                _room?.TrySetResult();
                _room = null;
            }

            throw;
        }
    }

    /// <summary>Adds outcomes as they arrive until the group is full, the window ends or the batch ends.</summary>
    private async Task GatherAsync(List<MessageOutcome> group)
    {
        using var window = new CancellationTokenSource(GroupWindow, _time);
        try
        {
            while (group.Count < MaxWaiting && await WaitForAsync(MaxWaiting - group.Count, window.Token).ConfigureAwait(false))
            {
                Take(group);
            }
        }
        catch (OperationCanceledException) when (window.IsCancellationRequested)
        {
            lock (_lock)
            {
                _arrived = null;
            }
        }

        // The window or the batch ended: what has already arrived goes too.
        Take(group);
    }

    /// <summary>
    /// Waits until <paramref name="wanted"/> outcomes wait or the batch ends; returns false when the batch ended.
    /// </summary>
    private async Task<bool> WaitForAsync(int wanted, CancellationToken cancellationToken)
    {
        Task arrived;
        lock (_lock)
        {
            if (_waiting.Count >= wanted)
            {
                return true;
            }

            if (_completed)
            {
                return false;
            }

            _wanted = wanted;
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            arrived = _arrived.Task;
        }

        await arrived.WaitAsync(cancellationToken).ConfigureAwait(false);
        lock (_lock)
        {
            return _waiting.Count >= wanted || !_completed;
        }
    }

    /// <summary>Moves waiting outcomes into the group, up to <see cref="MaxWaiting"/>; false when there were none.</summary>
    private bool Take(List<MessageOutcome> group)
    {
        lock (_lock)
        {
            var took = false;
            while (group.Count < MaxWaiting && _waiting.TryDequeue(out var outcome))
            {
                group.Add(outcome);
                took = true;
            }

            if (took && _room is { } room)
            {
                _room = null;
                room.SetResult();
            }

            return took;
        }
    }

    /// <summary>Lets a waiting writer go on (enough outcomes wait, or the batch ended). Under the lock.</summary>
    private void Wake()
    {
        if (_arrived is { } arrived)
        {
            _arrived = null;
            arrived.SetResult();
        }
    }
}
