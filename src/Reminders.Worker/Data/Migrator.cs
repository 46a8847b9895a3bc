using System.Reflection;
using DbUp;
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

        if (connections.Provider == DatabaseProvider.Sqlite)
        {
            UseLargerPagesIfNew();
        }

        var result = Engine(ScriptsFor(connections.Provider)).PerformUpgrade();
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

    /// <summary>The page size of a SQLite database this version creates (<see cref="UseLargerPagesIfNew"/>).</summary>
    internal const int SqlitePageSize = 16 * 1024;

    /// <summary>
    /// Gives a new (empty) SQLite database pages of <see cref="SqlitePageSize"/> bytes instead of SQLite's 4,096, before
    /// the first table fixes the size: a stored message (about 5 KB compressed) then fits in one page instead of a page and
    /// an overflow page, and a planning run writes its keys and messages with a third fewer system calls (each page is one
    /// write to the WAL and one more when it is checkpointed). A country's first run at 600 entities took 6-9 % less time
    /// (docs/benchmarks.md, "Planning a country", round 7). A database created before keeps its page size: SQLite changes it
    /// only by rewriting the whole file (<c>VACUUM</c>).
    /// </summary>
    private void UseLargerPagesIfNew()
    {
        try
        {
            using var connection = new SqliteConnection(connections.MigrationsConnectionString);
            connection.Open();
            using var count = connection.CreateCommand();
            count.CommandText = "PRAGMA page_count";
            if (Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) != 0)
            {
                return;
            }

            using var resize = connection.CreateCommand();
            // VACUUM writes the empty database's first page, which fixes the size before DbUp's own connection opens the file.
            resize.CommandText = $"PRAGMA page_size = {SqlitePageSize}; VACUUM;";
            resize.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // A file that cannot be opened or is not a database: the migration that follows reports it, naming the file.
        }
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

    /// <summary>
    /// DbUp's engine for <paramref name="scripts"/> on this database, with the journal <see cref="Migrate"/> keeps (tests
    /// build an older version's schema with it, the scripts before one).
    /// </summary>
    internal UpgradeEngine Engine(IEnumerable<SqlScript> scripts)
    {
        var builder = connections.Provider switch
        {
            DatabaseProvider.Sqlite => DeployChanges.To.SqliteDatabase(connections.MigrationsConnectionString),
            DatabaseProvider.Postgres => DeployChanges.To.PostgresqlDatabase(connections.MigrationsConnectionString),
            DatabaseProvider.SqlServer => DeployChanges.To.SqlDatabase(connections.MigrationsConnectionString),
            _ => throw new InvalidOperationException($"Unknown provider {connections.Provider}."),
        };
        return builder
            .WithScripts(scripts)
            .WithTransactionPerScript()
            // DbUp would log a failure with its stack trace; the caller reports it as one line (DatabaseErrors).
            .LogToNowhere()
            .Build();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
