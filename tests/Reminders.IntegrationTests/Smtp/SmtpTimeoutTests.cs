using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Reminders.IntegrationTests.Service;
using Reminders.Worker.Mail;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>
/// A server that stops answering: each step of a session has <c>Mail:Smtp:TimeoutSeconds</c>, on the service's clock, and
/// a session blocked in a read is ended by it. The timeout is 600 s, so MailKit's own socket timeout (the same seconds,
/// on the real clock) cannot be what ends the wait: only the fake clock moving on does.
/// </summary>
public sealed class SmtpTimeoutTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(600);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_server_that_never_answers_the_data_times_the_message_out_as_transient_and_says_it_may_have_arrived()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { StallAfter = 1 }, Token);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero));
        var delivery = SmtpTestDelivery.Create(server, o => o.TimeoutSeconds = (int)Timeout.TotalSeconds, timeProvider: clock);

        var sending = delivery.SendAsync([SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2)], Token);
        // The server has the second message's data and keeps its reply: the session is waiting for it.
        await Poll.UntilAsync(() => server.Received().Count == 2, TimeSpan.FromSeconds(30), () => $"{server.Received().Count} messages received");
        Assert.False(sending.IsCompleted);
        clock.Advance(Timeout);
        var results = await sending.WaitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.Equal(DeliveryStatus.Sent, results.Single(r => r.Mail.Id == 1).Result.Status);
        var stalled = results.Single(r => r.Mail.Id == 2).Result;
        Assert.Equal(DeliveryStatus.TransientFailure, stalled.Status);
        Assert.Contains("Mail:Smtp:TimeoutSeconds", stalled.Reply, StringComparison.Ordinal);
        Assert.Contains("mismo Message-ID", stalled.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_accepts_the_connection_but_never_greets_times_out_and_reports_no_message()
    {
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        await using var unused = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero));
        var delivery = SmtpTestDelivery.Create(unused, o =>
        {
            o.Port = port;
            o.TimeoutSeconds = (int)Timeout.TotalSeconds;
        }, timeProvider: clock);

        var sending = delivery.SendUnreachableAsync([SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2)], Token);
        using var connection = await silent.AcceptTcpClientAsync(Token);
        Assert.False(sending.IsCompleted);
        clock.Advance(Timeout);
        var (failure, reported) = await sending.WaitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.Empty(reported);
        Assert.Contains("Mail:Smtp:TimeoutSeconds", failure.Message, StringComparison.Ordinal);
    }
}
