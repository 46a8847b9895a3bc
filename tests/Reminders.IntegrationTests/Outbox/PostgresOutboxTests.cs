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
        var plan = Plans.Of([.. Enumerable.Range(1, 300).Select(i => Plans.Activity($"1.{i}", "2022-01-31", "Planeación"))]);
        await new PlanStore(db.Connections, time).ImportAsync("Alcaldía de Prueba", plan, "plan.tsv", dryRun: false, Ct);
        var activities = (await new ActivityStore(db.Connections, time).LoadAsync(new ActivityFilter(), Ct)).Select(a => a.Id).ToList();
        await using (var connection = await db.Connections.OpenAsync(Ct))
        {
            // The state of a new installation: the key table analysed while it was still empty.
            await connection.ExecuteAsync("ANALYZE notifications");
        }

        var outbox = new OutboxStore(db.Connections, time);
        var keys = activities.SelectMany(a => Enumerable.Range(0, 100).Select(k =>
            new PlannedNotification($"due|{a}|{k}", NotificationKind.DueSoon, a, null, null, NotificationState.Superseded))).ToList();
        await outbox.RecordAsync([], keys, new DateOnly(2022, 1, 28), Ct);
        long[] entity = [.. activities.Take(170)];

        var before = await PlanAsync(db, entity);
        await outbox.RefreshKeyStatisticsAsync(Ct);
        var after = await PlanAsync(db, entity);

        // Without it every entity's question read all 30,000 keys (docs/benchmarks.md, "Planning a country", round 5).
        Assert.Contains("Seq Scan on notifications", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on notifications", after, StringComparison.Ordinal);
        Assert.Contains("ix_notifications_activity", after, StringComparison.Ordinal);
        Assert.Equal(17_000, (await outbox.TakenKeysAsync(entity, Ct)).Count);
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
