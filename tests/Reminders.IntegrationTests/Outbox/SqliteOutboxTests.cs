using Dapper;
using Microsoft.Data.Sqlite;
using Reminders.Core.Rules;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Outbox;

namespace Reminders.IntegrationTests.Outbox;

/// <summary>The outbox contract on a real SQLite file.</summary>
public sealed class SqliteOutboxTests : OutboxContract
{
    protected override Task<DatabaseTarget> CreateAsync() => Task.FromResult(DatabaseTarget.Sqlite());

    [Fact]
    public async Task Keys_written_after_the_run_was_stopped_are_not_written()
    {
        using var db = DatabaseTarget.Sqlite();
        db.Migrate();
        using var connection = new SqliteConnection(db.Connections.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var keys = Enumerable.Range(0, 10).Select(i =>
            new PlannedNotification($"due|1|1|2022-01-31|{i}", NotificationKind.DueSoon, 1, 1, null, NotificationState.Superseded)).ToList();

        Assert.Throws<OperationCanceledException>(() =>
            SqliteOutboxRows.WriteNotifications(connection, keys, new Dictionary<string, long>(), "2022-01-28", new CancellationToken(canceled: true)));

        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM notifications"));
    }
}
