using System.Text;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;
using Reminders.Worker.Data;
using Reminders.Worker.Delivery;
using Reminders.Worker.Mail;
using Reminders.Worker.Outbox;
using Reminders.Core.Rules;

namespace Reminders.IntegrationTests.Worker;

/// <summary>
/// The delivery run on a real outbox, with a scripted delivery: sent, retried with backoff, failed, released; and
/// several delivery loops on one outbox under the shared rate limit. One subclass per provider.
/// </summary>
public abstract class DeliveryServiceTests : IAsyncLifetime
{
    private const string Entity = "Alcaldía de Prueba";
    private static readonly DateOnly RunDate = new(2022, 1, 28);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2022, 1, 28, 12, 0, 0, TimeSpan.Zero));
    // Three delivery loops under a shared limit of 4 a minute: the SMTP server's count at the end of each minute.
    private static readonly int[] ReceivedByMinute = [4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48];
    private readonly FakeLogger<DeliveryService> log = new();
    private DatabaseTarget db = null!;

    public async ValueTask InitializeAsync() => db = await CreateAsync();

    public ValueTask DisposeAsync()
    {
        db?.Dispose();
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task<DatabaseTarget> CreateAsync();

    [Fact]
    public async Task A_message_failing_temporarily_is_retried_after_1_2_minutes_and_marked_failed_on_the_third_try()
    {
        var outbox = await RecordAsync(1);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Transient("421 servidor ocupado"));
        var service = Service(delivery, maxAttempts: 3);

        Assert.Equal(new DeliveryRun(0, 1, 0), await service.DrainAsync(Ct));
        Assert.Equal((OutboxState.Pending, 1, "421 servidor ocupado"), State(await outbox.ListAsync(null, Ct)));

        time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(new DeliveryRun(0, 0, 0), await service.DrainAsync(Ct));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DeliveryRun(0, 1, 0), await service.DrainAsync(Ct));
        Assert.Equal((OutboxState.Pending, 2, "421 servidor ocupado"), State(await outbox.ListAsync(null, Ct)));

        time.Advance(TimeSpan.FromSeconds(119));
        Assert.Equal(new DeliveryRun(0, 0, 0), await service.DrainAsync(Ct));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(new DeliveryRun(0, 0, 1), await service.DrainAsync(Ct));
        Assert.Equal((OutboxState.Failed, 3, "421 servidor ocupado"), State(await outbox.ListAsync(null, Ct)));

        time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new DeliveryRun(0, 0, 0), await service.DrainAsync(Ct));
        Assert.Equal(["Asunto 1", "Asunto 1", "Asunto 1"], delivery.Attempted);
    }

    [Fact]
    public async Task A_sent_message_is_marked_sent_with_the_recipients_the_server_refused()
    {
        var outbox = await RecordAsync(1);
        var service = Service(new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK", [new RefusedRecipient("jefe@x.gov.co", "550 buzón inexistente")])));

        Assert.Equal(new DeliveryRun(1, 0, 0), await service.DrainAsync(Ct));

        var row = Assert.Single(await outbox.ListAsync(null, Ct));
        Assert.Equal((OutboxState.Sent, 1, (string?)null), State([row]));
        Assert.Equal("jefe@x.gov.co: 550 buzón inexistente", row.Refused);
    }

    [Fact]
    public async Task A_permanent_failure_marks_the_message_failed_at_once_with_the_reason()
    {
        var outbox = await RecordAsync(1);
        var service = Service(new ScriptedDelivery(_ => DeliveryResult.Permanent("550 dirección inválida",
            [new RefusedRecipient("planeacion@x.gov.co", "550 dirección inválida"), new RefusedRecipient("jefe@x.gov.co", "550 no existe")])));

        Assert.Equal(new DeliveryRun(0, 0, 1), await service.DrainAsync(Ct));

        var row = Assert.Single(await outbox.ListAsync(null, Ct));
        Assert.Equal((OutboxState.Failed, 1, "550 dirección inválida"), State([row]));
        Assert.Equal("planeacion@x.gov.co: 550 dirección inválida; jefe@x.gov.co: 550 no existe", row.Refused);
    }

    [Fact]
    public async Task Messages_a_stopped_batch_did_not_attempt_are_released_for_the_next_run()
    {
        var outbox = await RecordAsync(3);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK")) { StopAfter = 1 };

        await Assert.ThrowsAsync<IOException>(() => Service(delivery).DrainAsync(Ct));

        Assert.Equal([OutboxState.Sent, OutboxState.Pending, OutboxState.Pending], (await outbox.ListAsync(null, Ct)).Select(r => r.State));
        delivery.StopAfter = null;
        Assert.Equal(new DeliveryRun(2, 0, 0), await Service(delivery).DrainAsync(Ct));
        Assert.Equal(["Asunto 1", "Asunto 2", "Asunto 3"], delivery.Attempted);
    }

    [Fact]
    public async Task Messages_a_delivery_left_unattempted_wait_for_the_next_run()
    {
        var outbox = await RecordAsync(3);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK")) { AttemptOnly = 1 };

        Assert.Equal(new DeliveryRun(1, 0, 0), await Service(delivery).DrainAsync(Ct));
        Assert.Equal([OutboxState.Sent, OutboxState.Pending, OutboxState.Pending], (await outbox.ListAsync(null, Ct)).Select(r => r.State));

        Assert.Equal(new DeliveryRun(1, 0, 0), await Service(delivery).DrainAsync(Ct));
        Assert.Equal([OutboxState.Sent, OutboxState.Sent, OutboxState.Pending], (await outbox.ListAsync(null, Ct)).Select(r => r.State));
    }

    [Fact]
    public async Task One_run_drains_more_messages_than_one_batch()
    {
        var outbox = await RecordAsync(51);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK"));

        // 10 messages a minute: batches of 50, five minutes of sending each.
        Assert.Equal(new DeliveryRun(51, 0, 0), await Service(delivery, rateLimitPerMinute: 10).DrainAsync(Ct));

        Assert.All(await outbox.ListAsync(null, Ct), r => Assert.Equal((OutboxState.Sent, null, null), (r.State, r.Error, r.Refused)));
        Assert.Equal(51, delivery.Attempted.Count);
        Assert.Equal([50, 1], Claims());
    }

    [Fact]
    public async Task A_run_stopped_in_a_full_batch_gives_back_that_batch_and_the_one_claimed_ahead()
    {
        var outbox = await RecordAsync(60);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK")) { StopAfter = 1 };

        // 10 a minute: batches of 50, so the last 10 are claimed while the first 50 are sent.
        await Assert.ThrowsAsync<IOException>(() => Service(delivery, rateLimitPerMinute: 10).DrainAsync(Ct));

        Assert.Equal(59, (await outbox.ListAsync(OutboxState.Pending, Ct)).Count);
        Assert.Equal(59, (await outbox.ClaimAsync("otra-instancia", TimeSpan.FromMinutes(15), 100, _ => false, Ct)).Count);
    }

    [Fact]
    public async Task The_next_batch_is_claimed_while_the_first_is_being_sent_not_before_it_starts()
    {
        await RecordAsync(60);
        // The outbox's second reading of the clock is the claim of the next batch (the first was the first claim's): it
        // waits until the delivery has started the first batch. Claimed before that batch starts, it would wait forever.
        using var clock = new GatedClock(time, gatedCall: 2);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK")) { OnStart = clock.Open };
        var service = new DeliveryService(
            new OutboxStore(db.Connections, clock), delivery,
            Microsoft.Extensions.Options.Options.Create(new MailOptions { MaxAttempts = 8, RetryBaseSeconds = 60, RateLimitPerMinute = 10 }),
            time, log);

        // 10 a minute: batches of 50, so the last 10 are claimed while the first 50 are sent.
        Assert.Equal(new DeliveryRun(60, 0, 0), await service.DrainAsync(Ct));

        Assert.False(clock.GaveUp, "the next batch was claimed before the first batch started sending");
        Assert.Equal([50, 10], Claims());
    }

    [Fact]
    public async Task A_batch_holds_five_minutes_of_sending_at_the_rate_limit_so_it_never_outlasts_its_lease()
    {
        await RecordAsync(12);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK"));

        Assert.Equal(new DeliveryRun(12, 0, 0), await Service(delivery, rateLimitPerMinute: 2).DrainAsync(Ct));

        Assert.Equal([10, 2], Claims());
    }

    [Fact]
    public async Task Without_a_rate_limit_a_batch_claims_200_messages_in_one_round_trip()
    {
        await RecordAsync(201);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK"));

        Assert.Equal(new DeliveryRun(201, 0, 0), await Service(delivery, rateLimitPerMinute: 0).DrainAsync(Ct));

        Assert.Equal([200, 1], Claims());
    }

    [Fact]
    public async Task A_cancelled_run_claims_nothing()
    {
        var outbox = await RecordAsync(1);
        var delivery = new ScriptedDelivery(_ => DeliveryResult.Sent("250 OK"));

        Assert.Equal(new DeliveryRun(0, 0, 0), await Service(delivery).DrainAsync(new CancellationToken(canceled: true)));

        Assert.Empty(delivery.Attempted);
        Assert.Equal(OutboxState.Pending, Assert.Single(await outbox.ListAsync(null, Ct)).State);
    }

    [Fact]
    public async Task Three_delivery_loops_on_one_outbox_send_no_more_than_the_shared_limit_each_minute_and_every_message_once()
    {
        // 48 messages and claims of 20 at most (five minutes at 4 a minute): the three loops hold messages at the same time.
        await RecordAsync(48);
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: Ct);
        var limiters = Enumerable.Range(0, 3).Select(i => new ObservedRateLimiter(new SharedSendRateLimiter(db.Connections, 4, $"host-{i}:1", time))).ToList();
        var loops = limiters
            .Select(limiter => Service(SmtpTestDelivery.Create(smtp, o => o.TimeoutSeconds = 600, timeProvider: time, rateLimiter: limiter), rateLimitPerMinute: 4).DrainAsync(Ct))
            .ToList();

        // The waits counted before the clock moves: a sender may go through its whole next minute (and report its next
        // wait) inside Advance itself, when its database calls complete synchronously (SQLite).
        var waits = new int[3];
        foreach (var expected in ReceivedByMinute)
        {
            await Reminders.IntegrationTests.Service.Poll.UntilAsync(
                () => loops.Select((loop, i) => loop.IsCompleted || limiters[i].Waits > waits[i]).All(ready => ready) && smtp.Received().Count >= expected,
                TimeSpan.FromSeconds(60),
                () => $"{expected} messages at the server and every loop done or waiting; got {smtp.Received().Count}");
            Assert.Equal(expected, smtp.Received().Count);
            waits = [.. limiters.Select(l => l.Waits)];
            time.Advance(TimeSpan.FromMinutes(1));
        }

        var runs = await Task.WhenAll(loops);
        Assert.Equal(48, runs.Sum(r => r.Sent));
        Assert.True(runs.Count(r => r.Sent > 0) >= 2, $"one loop sent everything: {string.Join(", ", runs)}");
        Assert.Equal(48, smtp.Received().Select(r => r.Parse().Subject).Distinct(StringComparer.Ordinal).Count());
        Assert.All(await new OutboxStore(db.Connections, time).ListAsync(null, Ct), r => Assert.Equal(OutboxState.Sent, r.State));
    }

    [Fact]
    public async Task Over_four_connections_an_outbox_of_several_batches_reaches_the_server_once_per_message_as_stored()
    {
        // 450 messages, no rate limit: claims of 200, so three batches, the next claimed while one is sent.
        await RecordAsync(450);
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: Ct);
        var service = Service(SmtpTestDelivery.Create(smtp, o => o.Connections = 4), rateLimitPerMinute: 0);

        var run = await service.DrainAsync(Ct);

        Assert.Equal(new DeliveryRun(450, 0, 0), run);
        var received = smtp.Received();
        Assert.Equal(450, received.Count);
        Assert.Equal(
            Enumerable.Range(1, 450).Select(i => Encoding.UTF8.GetString(Mime($"Asunto {i}"))).Order(StringComparer.Ordinal),
            received.Select(r => Encoding.UTF8.GetString(r.Raw)).Order(StringComparer.Ordinal));
        Assert.All(await new OutboxStore(db.Connections, time).ListAsync(null, Ct), r => Assert.Equal(OutboxState.Sent, r.State));
        // The sessions stay open from the first claim to the last: four connections, not four per batch.
        Assert.InRange(received.Select(r => r.Peer).Distinct(StringComparer.Ordinal).Count(), 1, 4);
    }

    [Fact]
    public async Task Over_one_connection_an_outbox_of_several_batches_goes_over_one_smtp_session()
    {
        // 450 messages, no rate limit: claims of 200, 200 and 50.
        await RecordAsync(450);
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: Ct);
        var service = Service(SmtpTestDelivery.Create(smtp, o => o.Connections = 1), rateLimitPerMinute: 0);

        Assert.Equal(new DeliveryRun(450, 0, 0), await service.DrainAsync(Ct));

        Assert.Equal([200, 200, 50], Claims());
        var received = smtp.Received();
        Assert.Equal(450, received.Count);
        Assert.Single(received.Select(r => r.Peer).Distinct(StringComparer.Ordinal));
    }

    private DeliveryService Service(IMailDelivery delivery, int maxAttempts = 8, int rateLimitPerMinute = 30) => new(
        new OutboxStore(db.Connections, time), delivery,
        Microsoft.Extensions.Options.Options.Create(new MailOptions { MaxAttempts = maxAttempts, RetryBaseSeconds = 60, RateLimitPerMinute = rateLimitPerMinute }),
        time, log);

    /// <summary>How many messages each claim took, in order (the service logs each claim).</summary>
    private List<int> Claims() =>
        [.. log.Collector.GetSnapshot().Where(r => r.Id.Id == 203).Select(r => int.Parse(r.GetStructuredStateValue("Count")!, System.Globalization.CultureInfo.InvariantCulture))];

    private async Task<OutboxStore> RecordAsync(int count)
    {
        db.Migrate();
        await new PlanStore(db.Connections, time).ImportAsync(Entity, Plans.Of(Plans.Activity("1.1", "2022-01-31", "Planeación")), "plan.tsv", dryRun: false, Ct);
        var activity = Assert.Single(await new ActivityStore(db.Connections, time).LoadAsync(new ActivityFilter(), Ct)).Id;
        var office = Assert.Single(await new OfficeStore(db.Connections).ListAsync(Entity, Ct)).Id;
        var outbox = new OutboxStore(db.Connections, time);
        await outbox.RecordAsync(
            [.. Enumerable.Range(1, count).Select(i => new OutboxMessage($"m{i}", MessageKind.Digest, Entity, "Planeación", ["planeacion@x.gov.co"], [], $"Asunto {i}",
                RunDate, [new MessageItem("1.1", "III", "due-soon", null, null)], [$"k{i}"], Mime($"Asunto {i}")))],
            [.. Enumerable.Range(1, count).Select(i => new PlannedNotification($"k{i}", NotificationKind.DueSoon, activity, office, null, NotificationState.Pending))],
            RunDate, Ct);
        return outbox;
    }

    private static byte[] Mime(string subject) => Encoding.UTF8.GetBytes(
        $"From: paac@x.gov.co\r\nTo: planeacion@x.gov.co\r\nSubject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nRecordatorio\r\n");

    private static (OutboxState State, int Attempts, string? Error) State(IReadOnlyList<OutboxRow> rows)
    {
        var row = Assert.Single(rows);
        return (row.State, row.Attempts, row.Error);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
