using Dapper;
using Microsoft.Extensions.Time.Testing;
using Reminders.Core.Rules;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;
using Reminders.Worker.Outbox;

namespace Reminders.IntegrationTests.Outbox;

/// <summary>The outbox contract on a real PostgreSQL server, and what only PostgreSQL needs.</summary>
public sealed class PostgresOutboxTests(PostgresServer server) : OutboxContract
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.PostgresAsync(server);

    [Fact]
    public async Task After_a_refresh_taken_keys_are_read_through_the_activity_index_on_a_table_filled_since_its_statistics()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 1, 28, 12, 0, 0, TimeSpan.Zero));
        var plan = Plans.Of([.. Enumerable.Range(1, 3000).Select(i => Plans.Activity($"1.{i}", "2022-01-31", "Planeación"))]);
        await new PlanStore(db.Connections, time).ImportAsync("Alcaldía de Prueba", plan, "plan.tsv", dryRun: false, Ct);
        var activities = (await new ActivityStore(db.Connections, time).LoadAsync(new ActivityFilter(), Ct)).Select(a => a.Id).ToList();
        await using (var connection = await db.Connections.OpenAsync(Ct))
        {
            // The state of a new installation: the key table analysed while it was still empty.
            await connection.ExecuteAsync("ANALYZE notifications");
        }

        var outbox = new OutboxStore(db.Connections, time);
        var keys = activities.SelectMany(a => Enumerable.Range(0, 40).Select(k =>
            new PlannedNotification($"due|{a}|{k}", NotificationKind.DueSoon, a, null, null, NotificationState.Superseded))).ToList();
        await outbox.RecordAsync([], keys, new DateOnly(2022, 1, 28), Ct);
        long[] entity = [.. activities.Take(170)];

        var before = await PlanAsync(db, entity);
        await outbox.RefreshKeyStatisticsAsync(Ct);
        var after = await PlanAsync(db, entity);

        // Without it every entity's question read all 120,000 keys (docs/benchmarks.md, "Planning a country", round 5). The table
        // is large enough that the server prefers the index once it knows the table's size: with keys kept narrow
        // (migration 0011), 30,000 rows fit in so few pages that reading them all is cheaper for a sixth of them.
        Assert.Contains("Seq Scan on notifications", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on notifications", after, StringComparison.Ordinal);
        Assert.Contains("pk_notifications", after, StringComparison.Ordinal);
        Assert.Equal(6_800, (await outbox.TakenKeysAsync(entity, Ct)).Count);
    }

    [Fact]
    public async Task Messages_recorded_in_several_round_trips_keep_each_its_body_and_its_keys()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var time = new FakeTimeProvider(new DateTimeOffset(2022, 1, 28, 12, 0, 0, TimeSpan.Zero));
        await new PlanStore(db.Connections, time).ImportAsync("Alcaldía de Prueba", Plans.Of(Plans.Activity("1.1", "2022-01-31", "Planeación")), "plan.tsv", dryRun: false, Ct);
        var activity = Assert.Single(await new ActivityStore(db.Connections, time).LoadAsync(new ActivityFilter(), Ct)).Id;
        var count = (2 * BatchedMessageWriter.MessagesPerBatch) + 37;
        var messages = Enumerable.Range(0, count).Select(i => new OutboxMessage(
            $"m{i}", MessageKind.Digest, "Alcaldía de Prueba", "Planeación", ["planeacion@x.gov.co"], [], $"Asunto {i}", new DateOnly(2022, 1, 28),
            [new MessageItem("1.1", "III", "due-soon", null, null)], [$"k{i}a", $"k{i}b"], [(byte)(i % 256), 1, 2])).ToList();
        var keys = messages.SelectMany(m => m.NotificationKeys.Select(k =>
            new PlannedNotification(k, NotificationKind.DueSoon, activity, null, null, NotificationState.Pending))).ToList();

        await new OutboxStore(db.Connections, time).RecordAsync(messages, keys, new DateOnly(2022, 1, 28), Ct);

        await using var connection = await db.Connections.OpenAsync(Ct);
        var rows = (await connection.QueryAsync<(string Key, string Message, string Subject, byte[] Mime)>(
            """
            SELECT n.notification_key, m.message_key, m.subject, b.mime FROM notifications n
            JOIN outbox_messages m ON m.id = n.message_id JOIN outbox_bodies b ON b.message_id = m.id
            """)).ToList();
        Assert.Equal(2 * count, rows.Count);
        Assert.All(rows, r =>
        {
            var i = int.Parse(r.Message[1..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.StartsWith($"k{i}", r.Key, StringComparison.Ordinal);
            Assert.Equal($"Asunto {i}", r.Subject);
            Assert.Equal([(byte)(i % 256), 1, 2], r.Mime);
        });
    }

    private static async Task<string> PlanAsync(DatabaseTarget db, long[] activityIds)
    {
        await using var connection = await db.Connections.OpenAsync(Ct);
        var lines = await connection.QueryAsync<string>(
            "EXPLAIN SELECT notification_key FROM notifications WHERE activity_id = ANY(@Ids)", new { Ids = activityIds });
        return string.Join('\n', lines);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
