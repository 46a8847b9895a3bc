using Microsoft.Extensions.Time.Testing;
using Reminders.Worker.Mail;

namespace Reminders.IntegrationTests.Smtp;

public sealed class SmtpDeliveryTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Several_messages_arrive_intact_over_one_connection()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server);
        OutgoingMail[] batch = [SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2, "a@entidad.gov.co", "b@entidad.gov.co"), SmtpTestDelivery.Mail(3)];

        var results = await delivery.SendAsync(batch, Token);

        Assert.All(results, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        Assert.Equal([1L, 2L, 3L], results.Select(r => r.Mail.Id));
        Assert.Contains("queued as 0001", results[0].Result.Reply, StringComparison.Ordinal);
        var received = server.Received();
        Assert.Equal(3, received.Count);
        for (var i = 0; i < batch.Length; i++)
        {
            var got = received[i].Parse();
            Assert.Equal(batch[i].Message.MessageId, got.MessageId);
            Assert.Equal(batch[i].Message.Subject, got.Subject);
            Assert.Equal(batch[i].Message.TextBody, got.TextBody);
            Assert.Equal("paac@entidad.gov.co", received[i].MailFrom);
            Assert.Equal(batch[i].Message.To.Mailboxes.Select(m => m.Address), received[i].Recipients);
        }
    }

    [Fact]
    public async Task A_stored_message_reaches_the_server_as_its_stored_bytes_with_crlf_line_ends()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server);
        var (mail, onTheWire) = SmtpTestDelivery.Stored(4, "jefe@entidad.gov.co");

        var results = await delivery.SendAsync([mail], Token);

        Assert.Equal(DeliveryStatus.Sent, results.Single().Result.Status);
        var received = Assert.Single(server.Received());
        Assert.Equal("paac@entidad.gov.co", received.MailFrom);
        Assert.Equal(["jefe@entidad.gov.co"], received.Recipients);
        Assert.Equal(System.Text.Encoding.ASCII.GetString(onTheWire), System.Text.Encoding.ASCII.GetString(received.Raw));
    }

    [Fact]
    public async Task A_stored_message_with_8bit_text_reaches_a_server_with_8bitmime_as_its_stored_bytes()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server);
        var (mail, onTheWire) = SmtpTestDelivery.Stored(5, eightBit: true);

        var results = await delivery.SendAsync([mail], Token);

        Assert.Equal(DeliveryStatus.Sent, results.Single().Result.Status);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(onTheWire), System.Text.Encoding.UTF8.GetString(Assert.Single(server.Received()).Raw));
    }

    [Fact]
    public async Task A_stored_message_retried_after_a_451_reaches_the_server_with_the_same_bytes()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { FailFirstData = "451 4.3.0 Try again later" }, Token);
        var delivery = SmtpTestDelivery.Create(server);
        var (mail, onTheWire) = SmtpTestDelivery.Stored(8);

        var first = await delivery.SendAsync([mail], Token);
        var second = await delivery.SendAsync([mail], Token);

        Assert.Equal(DeliveryStatus.TransientFailure, first.Single().Result.Status);
        Assert.Equal(DeliveryStatus.Sent, second.Single().Result.Status);
        Assert.Equal(onTheWire, Assert.Single(server.Received()).Raw);
    }

    [Fact]
    public async Task A_451_at_data_is_transient_and_the_retry_is_sent_once()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { FailFirstData = "451 4.3.0 Try again later" }, Token);
        var delivery = SmtpTestDelivery.Create(server);
        var mail = SmtpTestDelivery.Mail(7);

        var first = await delivery.SendAsync([mail], Token);
        var second = await delivery.SendAsync([mail], Token);

        Assert.Equal(DeliveryStatus.TransientFailure, first.Single().Result.Status);
        Assert.StartsWith("451 4.3.0", first.Single().Result.Reply, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Sent, second.Single().Result.Status);
        Assert.Single(server.Received());
    }

    [Fact]
    public async Task A_refused_recipient_is_recorded_and_the_other_still_gets_the_message()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { RefuseRecipients = ["nadie@entidad.gov.co"] }, Token);
        var delivery = SmtpTestDelivery.Create(server);

        var results = await delivery.SendAsync([SmtpTestDelivery.Mail(1, "nadie@entidad.gov.co", "control@entidad.gov.co")], Token);

        var result = results.Single().Result;
        Assert.Equal(DeliveryStatus.Sent, result.Status);
        var refused = Assert.Single(result.Refused);
        Assert.Equal("nadie@entidad.gov.co", refused.Address);
        Assert.StartsWith("550 5.1.1", refused.Reply, StringComparison.Ordinal);
        Assert.Equal(["control@entidad.gov.co"], Assert.Single(server.Received()).Recipients);
    }

    [Fact]
    public async Task A_message_whose_every_recipient_is_refused_fails_permanently_and_the_batch_goes_on()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { RefuseRecipients = ["nadie@entidad.gov.co"] }, Token);
        var delivery = SmtpTestDelivery.Create(server);

        var results = await delivery.SendAsync([SmtpTestDelivery.Mail(1, "nadie@entidad.gov.co"), SmtpTestDelivery.Mail(2)], Token);

        Assert.Equal(DeliveryStatus.PermanentFailure, results[0].Result.Status);
        Assert.Contains("550 5.1.1", results[0].Result.Reply, StringComparison.Ordinal);
        Assert.Single(results[0].Result.Refused);
        Assert.Equal(DeliveryStatus.Sent, results[1].Result.Status);
        Assert.Single(server.Received());
    }

    [Fact]
    public async Task A_dropped_connection_is_reopened_and_resending_the_transient_ones_delivers_everything()
    {
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { DropAfter = 2 }, Token);
        var delivery = SmtpTestDelivery.Create(server);
        var batch = Enumerable.Range(1, 5).Select(i => SmtpTestDelivery.Mail(i)).ToList();

        var results = await delivery.SendAsync(batch, Token);
        var retry = results.Where(r => r.Result.Status == DeliveryStatus.TransientFailure).Select(r => r.Mail).ToList();
        var retried = await delivery.SendAsync(retry, Token);

        Assert.Equal(5, results.Count);
        var dropped = Assert.Single(retry);
        Assert.Equal(3, dropped.Id);
        Assert.Contains("mismo Message-ID", results[2].Result.Reply, StringComparison.Ordinal);
        Assert.All(retried, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        var ids = server.Received().Select(m => m.Parse().MessageId).ToList();
        Assert.Equal(batch.Select(m => m.Message.MessageId).Order(), ids.Distinct().Order());
        Assert.True(ids.Count <= batch.Count + 1, $"at most the in-flight message twice, got {ids.Count}");
    }

    [Fact]
    public async Task A_server_that_is_not_listening_costs_no_message_an_attempt_and_ends_the_delivery_naming_the_setting()
    {
        int port;
        await using (var server = await AiosmtpdServer.StartAsync(cancellationToken: Token))
        {
            port = server.Port;
        }

        await using var probe = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(probe, o => o.Port = port);

        var (failure, reported) = await delivery.SendUnreachableAsync([SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2)], Token);

        Assert.Empty(reported);
        Assert.Contains("Mail:Smtp:Host", failure.Message, StringComparison.Ordinal);
        Assert.Contains("sin contar un intento", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stopping_lets_the_message_in_flight_finish_and_leaves_the_rest_without_a_result()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server);
        using var stopping = new CancellationTokenSource();
        var results = new List<DeliveryResult>();

        await delivery.SendAsync(
            [SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2), SmtpTestDelivery.Mail(3)],
            async (_, result, _) =>
            {
                results.Add(result);
                await stopping.CancelAsync();
            },
            stopping.Token);

        Assert.Equal(DeliveryStatus.Sent, Assert.Single(results).Status);
        Assert.Single(server.Received());
    }

    [Fact]
    public async Task The_message_over_the_rate_limit_waits_for_the_clock()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero));
        var delivery = SmtpTestDelivery.Create(server, rateLimitPerMinute: 2, timeProvider: clock);
        var twoSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var results = new List<DeliveryResult>();

        var sending = delivery.SendAsync(
            [SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2), SmtpTestDelivery.Mail(3)],
            (_, result, _) =>
            {
                results.Add(result);
                if (results.Count == 2)
                {
                    twoSent.SetResult();
                }

                return Task.CompletedTask;
            },
            Token);
        await twoSent.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.False(sending.IsCompleted);
        Assert.Equal(2, server.Received().Count);
        await AdvanceAMinuteAsync(clock, sending);
        Assert.Equal(3, results.Count(r => r.Status == DeliveryStatus.Sent));
        Assert.Equal(3, server.Received().Count);
    }

    [Fact]
    public async Task Over_four_connections_every_message_of_the_batch_arrives_once_and_is_reported_once()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server, o => o.Connections = 4);
        var batch = Enumerable.Range(1, 10).Select(i => SmtpTestDelivery.Mail(i)).ToList();

        var results = await delivery.SendAsync(batch, Token);

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L], results.Select(r => r.Mail.Id).Order());
        Assert.All(results, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        Assert.Equal(
            ["reminder-10@reminders.test", "reminder-1@reminders.test", "reminder-2@reminders.test", "reminder-3@reminders.test",
             "reminder-4@reminders.test", "reminder-5@reminders.test", "reminder-6@reminders.test", "reminder-7@reminders.test",
             "reminder-8@reminders.test", "reminder-9@reminders.test"],
            server.Received().Select(m => m.Parse().MessageId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Over_four_connections_every_stored_message_arrives_once_with_its_stored_bytes()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server, o => o.Connections = 4);
        var stored = Enumerable.Range(1, 24).Select(i => SmtpTestDelivery.Stored(i)).ToList();

        var results = await delivery.SendAsync([.. stored.Select(s => s.Mail)], Token);

        Assert.Equal(Enumerable.Range(1, 24).Select(i => (long)i), results.Select(r => r.Mail.Id).Order());
        Assert.All(results, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        var received = server.Received().Select(m => System.Text.Encoding.ASCII.GetString(m.Raw)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(stored.Select(s => System.Text.Encoding.ASCII.GetString(s.OnTheWire)).Order(StringComparer.Ordinal), received);
    }

    [Fact]
    public async Task Over_four_connections_the_rate_limit_still_holds_for_the_whole_batch()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero));
        var delivery = SmtpTestDelivery.Create(server, o => o.Connections = 4, rateLimitPerMinute: 2, timeProvider: clock);
        var twoSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var results = new List<DeliveryResult>();

        var sending = delivery.SendAsync(
            [SmtpTestDelivery.Mail(1), SmtpTestDelivery.Mail(2), SmtpTestDelivery.Mail(3), SmtpTestDelivery.Mail(4)],
            (_, result, _) =>
            {
                results.Add(result);
                if (results.Count == 2)
                {
                    twoSent.SetResult();
                }

                return Task.CompletedTask;
            },
            Token);
        await twoSent.Task.WaitAsync(TimeSpan.FromSeconds(30), Token);

        Assert.False(sending.IsCompleted);
        Assert.Equal(2, server.Received().Count);
        await AdvanceAMinuteAsync(clock, sending);
        Assert.Equal(4, results.Count(r => r.Status == DeliveryStatus.Sent));
        Assert.Equal(4, server.Received().Count);
    }

    [Fact]
    public async Task Over_four_connections_a_closed_port_reports_no_message_and_ends_the_delivery()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server, o => { o.Connections = 4; o.Port = ClosedPort(); });

        var (failure, reported) = await delivery.SendUnreachableAsync(Enumerable.Range(1, 6).Select(i => SmtpTestDelivery.Mail(i)).ToList(), Token);

        Assert.Empty(reported);
        Assert.Contains("Mail:Smtp:Port", failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Received());
    }

    [Fact]
    public async Task A_session_the_server_turns_away_gives_its_message_to_the_sessions_it_accepts()
    {
        // A server that takes at most two connections at a time answers the others 421 at the greeting.
        await using var server = await AiosmtpdServer.StartAsync(new AiosmtpdOptions { MaxConnections = 2 }, Token);
        var delivery = SmtpTestDelivery.Create(server, o => o.Connections = 4);
        var batch = Enumerable.Range(1, 12).Select(i => SmtpTestDelivery.Mail(i)).ToList();

        var results = await delivery.SendAsync(batch, Token);

        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), results.Select(r => r.Mail.Id).Order());
        Assert.All(results, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        Assert.Equal(12, server.Received().Count);
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Moves the fake clock a minute on and waits for <paramref name="sending"/> to finish.</summary>
    /// <remarks>
    /// The sender may read the clock just before the advance and arm its one-minute timer just after it; then the fake
    /// clock must move once more. Bounded: a few fake minutes, never more.
    /// </remarks>
    private static async Task AdvanceAMinuteAsync(FakeTimeProvider clock, Task sending)
    {
        clock.Advance(TimeSpan.FromMinutes(1));
        for (var minute = 0; minute < 3 && !sending.IsCompleted; minute++)
        {
            await Task.WhenAny(sending, Task.Delay(TimeSpan.FromSeconds(2), Token));
            if (!sending.IsCompleted)
            {
                clock.Advance(TimeSpan.FromMinutes(1));
            }
        }

        await sending.WaitAsync(TimeSpan.FromSeconds(30), Token);
    }
}
