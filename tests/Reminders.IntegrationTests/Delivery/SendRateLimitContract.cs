using Microsoft.Extensions.Time.Testing;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Service;
using Reminders.IntegrationTests.Smtp;
using Reminders.Worker.Delivery;
using Reminders.Worker.Mail;

namespace Reminders.IntegrationTests.Delivery;

/// <summary>
/// <c>Mail:RateLimitPerMinute</c> held in the database for every instance sharing it (docs/rules.md §10,
/// docs/architecture.md "Several instances"); one subclass per provider runs it for real, on a fake clock.
/// </summary>
public abstract class SendRateLimitContract
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    // Three senders of five messages under a limit of four a minute: the server's count at the end of each minute.
    private static readonly int[] ReceivedByMinute = [4, 8, 12, 15];
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<DatabaseTarget> CreateAsync();

    [Fact]
    public async Task Two_instances_together_start_no_more_than_the_limit_in_a_rolling_minute()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var (a, b) = (Limiter(db, 3, "host-a:1"), Limiter(db, 3, "host-b:1"));

        Assert.Equal(TimeSpan.Zero, await a.TryStartAsync(Ct));
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, await b.TryStartAsync(Ct));
        Assert.Equal(TimeSpan.Zero, await a.TryStartAsync(Ct));
        time.Advance(TimeSpan.FromSeconds(10));

        // Three started at 0 s, 10 s and 10 s: the next, on either instance, waits for the first to leave the minute.
        Assert.Equal(TimeSpan.FromSeconds(40), await b.TryStartAsync(Ct));
        Assert.Equal(TimeSpan.FromSeconds(40), await a.TryStartAsync(Ct));
        time.Advance(TimeSpan.FromSeconds(39));
        Assert.Equal(TimeSpan.FromSeconds(1), await a.TryStartAsync(Ct));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, await b.TryStartAsync(Ct));
        Assert.Equal(TimeSpan.FromSeconds(10), await a.TryStartAsync(Ct));
    }

    [Fact]
    public async Task Takers_racing_on_separate_connections_get_exactly_the_limit()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var limiters = Enumerable.Range(0, 3).Select(index => Limiter(db, 5, $"host-{index}:1")).ToList();

        var delays = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => limiters[i % 3].TryStartAsync(Ct), Ct)));

        Assert.Equal(5, delays.Count(d => d == TimeSpan.Zero));
        Assert.All(delays.Where(d => d != TimeSpan.Zero), d => Assert.Equal(Minute, d));
    }

    [Fact]
    public async Task A_waiting_instance_starts_when_the_other_instance_permit_leaves_the_minute()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var (a, b) = (Limiter(db, 1, "host-a:1"), Limiter(db, 1, "host-b:1"));
        await a.WaitAsync(null, Ct);
        var heard = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);

        var waiting = b.WaitAsync(delay => heard.TrySetResult(delay), Ct);

        Assert.Equal(Minute, await heard.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct));
        Assert.False(waiting.IsCompleted);
        time.Advance(Minute);
        await waiting.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(Minute, await a.TryStartAsync(Ct));
    }

    [Fact]
    public async Task Zero_means_unlimited_and_asks_nothing_of_the_database()
    {
        // Not migrated: the permit tables do not exist, so any query would fail.
        using var db = await CreateAsync();
        var limiter = Limiter(db, 0, "host-a:1");

        for (var i = 0; i < 100; i++)
        {
            var wait = limiter.WaitAsync(null, Ct);
            Assert.True(wait.IsCompletedSuccessfully);
            await wait;
        }
    }

    [Fact]
    public async Task Three_senders_on_one_database_deliver_at_most_the_limit_each_minute_at_the_SMTP_server_and_all_in_the_end()
    {
        const int Limit = 4;
        const int PerSender = 5;
        using var db = await CreateAsync();
        db.Migrate();
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: Ct);
        var senders = Enumerable.Range(0, 3).Select(index =>
        {
            var limiter = new ObservedRateLimiter(Limiter(db, Limit, $"host-{index}:1"));
            var delivery = SmtpTestDelivery.Create(smtp, o => o.TimeoutSeconds = 600, timeProvider: time, rateLimiter: limiter);
            var batch = Enumerable.Range(1, PerSender).Select(i => SmtpTestDelivery.Mail((index * 100) + i)).ToList();
            return (Limiter: limiter, Sending: delivery.SendAsync(batch, Ct));
        }).ToList();

        // Each fake minute: once every sender is finished or waiting for the next minute (no message can start until the
        // clock moves), the server holds exactly the limit more. Per-instance limits would let 12 through at once.
        // The waits counted before the clock moves: a sender may go through its whole next minute (and report its next
        // wait) inside Advance itself, when its database calls complete synchronously (SQLite).
        var waits = new int[3];
        foreach (var expected in ReceivedByMinute)
        {
            await Poll.UntilAsync(
                () => senders.Select((s, i) => s.Sending.IsCompleted || s.Limiter.Waits > waits[i]).All(ready => ready) && smtp.Received().Count >= expected,
                TimeSpan.FromSeconds(60),
                () => $"{expected} messages at the server and every sender done or waiting; got {smtp.Received().Count}");
            Assert.Equal(expected, smtp.Received().Count);
            waits = [.. senders.Select(s => s.Limiter.Waits)];
            time.Advance(Minute);
        }

        var results = (await Task.WhenAll(senders.Select(s => s.Sending))).SelectMany(r => r).ToList();
        Assert.Equal(3 * PerSender, results.Count(r => r.Result.Status == DeliveryStatus.Sent));
        Assert.Equal(3 * PerSender, smtp.Received().Select(r => r.Parse().MessageId).Distinct(StringComparer.Ordinal).Count());
    }

    private SharedSendRateLimiter Limiter(DatabaseTarget db, int perMinute, string instance) => new(db.Connections, perMinute, instance, time);
}
