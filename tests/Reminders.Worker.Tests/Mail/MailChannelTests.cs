using System.Threading.Channels;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Tests.Mail;

public sealed class MailChannelTests
{
    [Fact]
    public async Task The_next_message_is_the_one_waiting_and_none_once_the_channel_is_completed_and_empty()
    {
        var channel = Channel.CreateUnbounded<OutgoingMail>();
        var mail = new OutgoingMail(1, [1]);
        channel.Writer.TryWrite(mail);
        channel.Writer.Complete();

        Assert.Same(mail, await channel.Reader.NextAsync(TestContext.Current.CancellationToken));
        Assert.Null(await channel.Reader.NextAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_wait_for_the_next_message_ends_with_none_when_stopped()
    {
        var channel = Channel.CreateUnbounded<OutgoingMail>();
        using var stop = new CancellationTokenSource();

        var next = channel.Reader.NextAsync(stop.Token);
        Assert.False(next.IsCompleted);
        await stop.CancelAsync();

        Assert.Null(await next);
    }

    [Fact]
    public async Task A_session_thread_gets_a_message_written_while_it_waits()
    {
        var channel = Channel.CreateUnbounded<OutgoingMail>();
        var mail = new OutgoingMail(2, [2]);
        var session = Task.Factory.StartNew(() => channel.Reader.Next(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        channel.Writer.TryWrite(mail);

        Assert.Same(mail, await session);
    }
}
