using System.Threading.Channels;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Delivery;

/// <summary>
/// Records the outcomes of a delivery batch as they come, without holding up the sending: while one group of outcomes is
/// being committed, those that arrive meanwhile wait and go together in the next commit (group commit). A lone outcome
/// is written at once; under load a commit carries many, so the database costs one transaction per group, not one per
/// message. When recording fails, the next <see cref="Add"/> throws, which stops the batch.
/// </summary>
internal sealed class OutcomeRecorder
{
    private const int MaxGroup = 200;
    private readonly Channel<MessageOutcome> _queue = Channel.CreateUnbounded<MessageOutcome>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    public OutcomeRecorder(OutboxStore outbox) => _writer = Task.Run(() => WriteAsync(outbox));

    public void Add(MessageOutcome outcome)
    {
        if (_writer.IsFaulted)
        {
            _writer.GetAwaiter().GetResult();
        }

        _queue.Writer.TryWrite(outcome);
    }

    /// <summary>Waits until every outcome added is recorded; throws what stopped the recording, if anything did.</summary>
    public Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return _writer;
    }

    private async Task WriteAsync(OutboxStore outbox)
    {
        var group = new List<MessageOutcome>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            while (group.Count < MaxGroup && _queue.Reader.TryRead(out var outcome))
            {
                group.Add(outcome);
            }

            // An outcome must be recorded even when the service is stopping: never the stopping token.
            await outbox.RecordOutcomesAsync(group, CancellationToken.None).ConfigureAwait(false);
            group.Clear();
        }
    }
}
