using System.Reflection;
using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using Microsoft.Data.Sqlite;

namespace Reminders.Worker.Data;

/// <summary>
/// Applies the versioned schema migrations (DbUp) embedded under <c>Data/Migrations/&lt;Provider&gt;/</c>.
/// Each provider has the same numbered scripts; the journal records them by file name, so versions match everywhere.
/// The server providers also get Quartz's tables for the clustered job store (<see cref="QuartzSchema"/>).
/// </summary>
public sealed class Migrator(ConnectionFactory connections)
{
    public static IReadOnlyList<SqlScript> ScriptsFor(DatabaseProvider provider)
    {
        var assembly = typeof(Migrator).Assembly;
        return Resources(provider)
            .Select(r => new SqlScript(r.Name, Read(assembly, r.Resource)))
            .Append(QuartzSchema.For(provider))
            .OfType<SqlScript>()
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The embedded scripts of <paramref name="provider"/>: the resource and the name the journal records.</summary>
    private static IEnumerable<(string Resource, string Name)> Resources(DatabaseProvider provider)
    {
        var prefix = $"migrations/{provider}/";
        return typeof(Migrator).Assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => (r.Resource, r.Path[prefix.Length..]));
    }

    /// <summary>Brings the database to the latest version; returns the names of the scripts applied now.</summary>
    public IReadOnlyList<string> Migrate()
    {
        if (connections.Provider == DatabaseProvider.Sqlite && SqliteIsUpToDate())
        {
            // Every command migrates first: on a database that already has every script, one query instead of DbUp's
            // engine (docs/benchmarks.md, "Delivery", sixth round).
            return [];
        }

        var builder = connections.Provider switch
        {
            DatabaseProvider.Sqlite => DeployChanges.To.SqliteDatabase(connections.MigrationsConnectionString),
            DatabaseProvider.Postgres => DeployChanges.To.PostgresqlDatabase(connections.MigrationsConnectionString),
            DatabaseProvider.SqlServer => DeployChanges.To.SqlDatabase(connections.MigrationsConnectionString),
            _ => throw new InvalidOperationException($"Unknown provider {connections.Provider}."),
        };
        var engine = Configure(builder).Build();
        var result = engine.PerformUpgrade();
        if (!result.Successful)
        {
            var script = result.ErrorScript is null ? "" : $" (script {result.ErrorScript.Name})";
            throw new DatabaseUnavailableException($"No se pudo abrir ni actualizar la base de datos{script}: {result.Error.Message}", result.Error);
        }

        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            UseWriteAheadLog();
        }

        return result.Scripts.Select(s => s.Name).ToList();
    }

    /// <summary>
    /// Puts a SQLite database in WAL mode (kept in the file: once is enough). Readers then never wait for a writer, a commit
    /// costs about 2.5 ms instead of 16 on the development machine's disk, and planning records up to 32 entities per commit
    /// (docs/architecture.md, "SQLite in WAL mode"). Where the file system cannot share the WAL index (a network share),
    /// SQLite keeps the mode it had and the product works as before, one entity per commit.
    /// </summary>
    private void UseWriteAheadLog()
    {
        using var connection = new SqliteConnection(connections.MigrationsConnectionString);
        connection.Open();
        UseWriteAheadLog(connection);
    }

    /// <inheritdoc cref="UseWriteAheadLog()"/>
    private static void UseWriteAheadLog(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        command.ExecuteScalar();
    }

    /// <summary>
    /// Whether DbUp's journal (<c>SchemaVersions</c>) already records every SQLite script, read in one query (the write-ahead
    /// log is asked for again, as <see cref="Migrate"/> does); false when it does not, or has no journal yet, which DbUp then
    /// handles (and reports, when the file cannot be opened).
    /// </summary>
    private bool SqliteIsUpToDate()
    {
        try
        {
            using var connection = new SqliteConnection(connections.MigrationsConnectionString);
            connection.Open();
            var applied = new HashSet<string>(StringComparer.Ordinal);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT ScriptName FROM SchemaVersions";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    applied.Add(reader.GetString(0));
                }
            }

            if (!Resources(DatabaseProvider.Sqlite).All(r => applied.Contains(r.Name)))
            {
                return false;
            }

            UseWriteAheadLog(connection);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    private UpgradeEngineBuilder Configure(UpgradeEngineBuilder builder) => builder
        .WithScripts(ScriptsFor(connections.Provider))
        .WithTransactionPerScript()
        // DbUp would log a failure with its stack trace; the caller reports it as one line (DatabaseErrors).
        .LogToNowhere();

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
