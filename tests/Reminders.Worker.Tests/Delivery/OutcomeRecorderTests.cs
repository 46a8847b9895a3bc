using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;
using Reminders.Worker.Delivery;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Tests.Delivery;

public class OutcomeRecorderTests
{
    // Every commit the recorder makes, as the list of message ids it held.
    private readonly Channel<long[]> _commits = Channel.CreateUnbounded<long[]>();
    private readonly WatchedTime _time = new();

    [Fact(Timeout = 30_000)]
    public async Task Eight_outcomes_arriving_together_are_committed_as_one_group_without_waiting_for_the_window()
    {
        var recorder = NewRecorder();
        for (var id = 1; id <= 8; id++)
        {
            await recorder.AddAsync(Sent(id));
        }

        // The fake clock never moves: only a full group can have been committed.
        Assert.Equal(new long[] { 1, 2, 3, 4, 5, 6, 7, 8 }, await NextCommitAsync());
        await recorder.CompleteAsync();
        Assert.False(_commits.Reader.TryRead(out _));
    }

    [Fact(Timeout = 30_000)]
    public async Task Fewer_than_eight_outcomes_are_committed_together_when_the_window_of_the_first_ends()
    {
        var recorder = NewRecorder();
        await recorder.AddAsync(Sent(1));
        await recorder.AddAsync(Sent(2));
        await recorder.AddAsync(Sent(3));
        await _time.WindowOpened.Task.WaitAsync(TestContext.Current.CancellationToken);

        _time.Advance(TimeSpan.FromMilliseconds(20));

        Assert.Equal(new long[] { 1, 2, 3 }, await NextCommitAsync());
        await recorder.AddAsync(Sent(4));
        await recorder.CompleteAsync();
        Assert.Equal(new long[] { 4 }, await NextCommitAsync());
    }

    [Fact(Timeout = 30_000)]
    public async Task The_end_of_the_batch_commits_the_outcomes_still_gathering()
    {
        var recorder = NewRecorder();
        await recorder.AddAsync(Sent(1));
        await recorder.AddAsync(Sent(2));

        await recorder.CompleteAsync();

        Assert.Equal(new long[] { 1, 2 }, await NextCommitAsync());
        Assert.False(_commits.Reader.TryRead(out _));
    }

    [Fact(Timeout = 30_000)]
    public async Task A_group_holds_at_most_eight_outcomes_and_the_rest_go_in_the_next()
    {
        var recorder = NewRecorder();
        for (var id = 1; id <= 11; id++)
        {
            await recorder.AddAsync(Sent(id));
        }

        await recorder.CompleteAsync();

        Assert.Equal(new long[] { 1, 2, 3, 4, 5, 6, 7, 8 }, await NextCommitAsync());
        Assert.Equal(new long[] { 9, 10, 11 }, await NextCommitAsync());
    }

    [Fact(Timeout = 30_000)]
    public async Task A_failed_commit_is_reported_when_the_batch_ends()
    {
        var recorder = new OutcomeRecorder(_ => throw new InvalidOperationException("disco lleno"), _time);
        await recorder.AddAsync(Sent(1));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(recorder.CompleteAsync);

        Assert.Equal("disco lleno", failure.Message);
    }

    private OutcomeRecorder NewRecorder() => new(group =>
    {
        _commits.Writer.TryWrite([.. group.Select(o => o.Id)]);
        return Task.CompletedTask;
    }, _time);

    private async Task<long[]> NextCommitAsync() => await _commits.Reader.ReadAsync(TestContext.Current.CancellationToken);

    private static MessageOutcome Sent(long id) => new(id, OutboxState.Sent, "250 2.0.0 Ok");

    /// <summary>A fake clock that tells when the recorder has opened a group's window (its only timer).</summary>
    private sealed class WatchedTime : FakeTimeProvider
    {
        public TaskCompletionSource WindowOpened { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            WindowOpened.TrySetResult();
            return timer;
        }
    }
}
