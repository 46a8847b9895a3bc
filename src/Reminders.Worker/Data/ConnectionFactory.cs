using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using Reminders.Worker.Configuration;

namespace Reminders.Worker.Data;

/// <summary>Opens connections to the configured database; resolves a relative SQLite file against the data directory.</summary>
public sealed class ConnectionFactory
{
    private readonly Func<DbConnection>? create;

    public ConnectionFactory(IOptions<DatabaseOptions> options, AppPaths paths)
    {
        Provider = options.Value.Provider;
        ConnectionString = Provider == DatabaseProvider.Sqlite
            ? ResolveSqlite(options.Value.ConnectionString, paths)
            : options.Value.ConnectionString;
        MigrationsConnectionString = Provider == DatabaseProvider.Sqlite || string.IsNullOrWhiteSpace(options.Value.MigrationsConnectionString)
            ? ConnectionString
            : options.Value.MigrationsConnectionString;
        Dialect = SqlDialect.For(Provider);
    }

    /// <summary>A factory whose connections come from <paramref name="create"/>: the seam a test records the SQL of a provider through.</summary>
    internal ConnectionFactory(DatabaseProvider provider, Func<DbConnection> create)
    {
        Provider = provider;
        ConnectionString = "";
        MigrationsConnectionString = "";
        Dialect = SqlDialect.For(provider);
        this.create = create;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The connection string migrations run with: <c>Database:MigrationsConnectionString</c> when set (server providers).</summary>
    public string MigrationsConnectionString { get; }

    public SqlDialect Dialect { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = create is not null ? create() : Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(ConnectionString),
            DatabaseProvider.Postgres => new NpgsqlConnection(ConnectionString),
            DatabaseProvider.SqlServer => new SqlConnection(ConnectionString),
            _ => throw new InvalidOperationException($"Unknown provider {Provider}."),
        };
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (Provider == DatabaseProvider.Sqlite)
            {
                await using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Waits for this process's turn to write, on SQLite (<see cref="SqliteWriteTurns"/>), before a write transaction that
    /// may meet another of this process's; at once on a database server, which takes concurrent writers itself.
    /// </summary>
    internal Task<WriteTurn> TakeWriteTurnAsync(CancellationToken cancellationToken) =>
        Provider == DatabaseProvider.Sqlite && create is null
            ? SqliteWriteTurns.TakeAsync(ConnectionString, cancellationToken)
            : Task.FromResult(default(WriteTurn));

    private static string ResolveSqlite(string connectionString, AppPaths paths)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource)
            && builder.DataSource != ":memory:"
            && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = paths.Resolve(builder.DataSource);
            var folder = Path.GetDirectoryName(builder.DataSource)!;
            try
            {
                Directory.CreateDirectory(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The raw message («Could not find a part of the path») names neither the file nor the setting to fix.
                throw new DatabaseUnavailableException(
                    $"no se pudo crear la carpeta {folder} del archivo SQLite {builder.DataSource} ({Trimmed(e.Message)}). Indique en "
                    + $"Paths:DataDirectory (hoy {paths.DataDirectory}) o en Database:ConnectionString una carpeta que el servicio pueda crear y escribir");
            }
        }

        return builder.ToString();
    }

    private static string Trimmed(string message) => message.TrimEnd('.', ' ');
}
