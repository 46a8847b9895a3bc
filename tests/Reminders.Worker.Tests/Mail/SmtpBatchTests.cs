using System.Threading.Channels;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Tests.Mail;

/// <summary>
/// Two sessions, A and B, sharing one batch as <c>SmtpDelivery</c>'s sessions do. Each session is driven here step by
/// step on its own thread where it would block, so the order of the steps is the test's, not the scheduler's.
/// </summary>
public sealed class SmtpBatchTests
{
    private static readonly SmtpSessionException Refused = new("421 4.7.0 Too many connections");
    private readonly List<long> _reported = [];

    [Fact]
    public async Task A_session_that_finds_nothing_left_waits_for_the_message_a_busy_session_gives_back()
    {
        using var batch = Batch(out var first, out var second);
        batch.Join();                                        // A
        batch.Join();                                        // B
        Assert.True(batch.TryTake(out var a, Token));        // A takes 1
        Assert.True(batch.TryTake(out var b, Token));        // B takes 2 and starts opening its connection
        batch.Report(a, DeliveryResult.Sent("250 ok"));      // A sends 1

        var next = TakeOnItsOwnThread(batch);                // A finds the channel drained while B is busy
        WaitUntil(() => batch.WaitingForGiveBack == 1 || next.IsCompleted);
        Assert.False(next.IsCompleted);

        batch.GiveBack(b, Refused);                          // B is turned away, gives 2 back and ends
        batch.Leave();
        var (taken, again) = await next;

        Assert.True(taken);
        Assert.Same(second, again);
        batch.Report(again!, DeliveryResult.Sent("250 ok"));
        Assert.False(batch.TryTake(out _, Token));
        batch.Leave();
        Assert.Null(batch.Unsent());
        Assert.Equal([first.Id, second.Id], _reported);
    }

    [Fact]
    public async Task A_waiting_session_ends_when_the_busy_session_sends_its_message_instead()
    {
        using var batch = Batch(out _, out _);
        batch.Join();
        batch.Join();
        Assert.True(batch.TryTake(out var a, Token));
        Assert.True(batch.TryTake(out var b, Token));
        batch.Report(a, DeliveryResult.Sent("250 ok"));

        var next = TakeOnItsOwnThread(batch);
        WaitUntil(() => batch.WaitingForGiveBack == 1 || next.IsCompleted);
        Assert.False(next.IsCompleted);
        batch.Report(b, DeliveryResult.Sent("250 ok"));
        Assert.False(batch.TryTake(out _, Token));           // B: nothing left, and A is waiting, not busy
        batch.Leave();

        Assert.False((await next).Taken);
        Assert.Null(batch.Unsent());
    }

    [Fact]
    public void Messages_given_back_when_no_other_session_is_left_are_reported_unsent()
    {
        using var batch = Batch(out _, out _);
        batch.Join();
        batch.Join();
        Assert.True(batch.TryTake(out var a, Token));
        Assert.True(batch.TryTake(out var b, Token));
        batch.GiveBack(a, Refused);                          // A is turned away and ends
        batch.Leave();
        batch.GiveBack(b, Refused);                          // then B is turned away too
        batch.Leave();

        Assert.Same(Refused, batch.Unsent());
        Assert.Equal(2, batch.Waiting);
        Assert.Empty(_reported);
    }

    [Fact]
    public async Task A_session_waiting_for_a_message_given_back_stops_when_the_delivery_stops()
    {
        using var batch = Batch(out _, out _);
        using var stop = new CancellationTokenSource();
        batch.Join();
        batch.Join();
        Assert.True(batch.TryTake(out var a, Token));
        Assert.True(batch.TryTake(out _, Token));
        batch.Report(a, DeliveryResult.Sent("250 ok"));

        var next = TakeOnItsOwnThread(batch, stop.Token);
        WaitUntil(() => batch.WaitingForGiveBack == 1 || next.IsCompleted);
        Assert.False(next.IsCompleted);
        await stop.CancelAsync();

        Assert.False((await next).Taken);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private SmtpBatch Batch(out OutgoingMail first, out OutgoingMail second)
    {
        var channel = Channel.CreateUnbounded<OutgoingMail>();
        first = new OutgoingMail(1, [1]);
        second = new OutgoingMail(2, [2]);
        channel.Writer.TryWrite(first);
        channel.Writer.TryWrite(second);
        channel.Writer.Complete();
        return new SmtpBatch(channel.Reader, (mail, _, _) =>
        {
            _reported.Add(mail.Id);
            return Task.CompletedTask;
        });
    }

    private static Task<(bool Taken, OutgoingMail? Mail)> TakeOnItsOwnThread(SmtpBatch batch, CancellationToken? token = null) =>
        Task.Factory.StartNew(
            () => (batch.TryTake(out var mail, token ?? Token), (OutgoingMail?)mail),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    /// <summary>Spins until the other thread reaches the state; bounded so a bug fails the test instead of hanging it.</summary>
    private static void WaitUntil(Func<bool> condition) =>
        Assert.True(SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(30)), "the session never reached the expected state");
}
