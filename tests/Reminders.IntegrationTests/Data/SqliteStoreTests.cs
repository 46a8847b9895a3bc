using Dapper;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Data;

/// <summary>The storage contract on a real SQLite file.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    [Fact]
    public async Task Migrations_put_the_database_in_wal_mode_and_it_stays_there()
    {
        using var db = DatabaseTarget.Sqlite();
        db.Migrate();

        await using (var connection = await db.Connections.OpenAsync(TestContext.Current.CancellationToken))
        {
            Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        }

        // The mode is kept in the file: a connection that never ran the migrations finds it too.
        using var plain = new Microsoft.Data.Sqlite.SqliteConnection(db.Connections.ConnectionString);
        await plain.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal("wal", await plain.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }

    protected override Task<DatabaseTarget> CreateAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}
