using Reminders.Worker.Configuration;
using Reminders.Worker.Data;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>A fresh, migrated database on one provider, for tests that run alike on every provider.</summary>
public sealed class DatabaseTarget : IDisposable
{
    private readonly string directory;

    private DatabaseTarget(DatabaseProvider provider, string connectionString, string directory)
    {
        this.directory = directory;
        Options = new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
        Paths = new AppPaths(directory);
        Connections = new ConnectionFactory(Microsoft.Extensions.Options.Options.Create(Options), Paths);
    }

    public DatabaseOptions Options { get; }

    public AppPaths Paths { get; }

    public ConnectionFactory Connections { get; }

    public static DatabaseTarget Sqlite()
    {
        var directory = TempDirectory.Create();
        return new DatabaseTarget(DatabaseProvider.Sqlite, "Data Source=reminders.db", directory);
    }

    public static async Task<DatabaseTarget> PostgresAsync(PostgresServer server) =>
        new(DatabaseProvider.Postgres, await server.CreateDatabaseAsync(), TempDirectory.Create());

    public static async Task<DatabaseTarget> SqlServerAsync(SqlServerServer server) =>
        new(DatabaseProvider.SqlServer, await server.CreateDatabaseAsync(), TempDirectory.Create());

    public Migrator Migrator() => new(Connections);

    public IReadOnlyList<string> Migrate() => Migrator().Migrate();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempDirectory.Delete(directory);
    }
}
