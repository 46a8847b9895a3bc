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
        var prefix = $"migrations/{provider}/";
        return assembly.GetManifestResourceNames()
            .Select(name => (Resource: name, Path: name.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .Select(r => new SqlScript(r.Path[prefix.Length..], Read(assembly, r.Resource)))
            .Append(QuartzSchema.For(provider))
            .OfType<SqlScript>()
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Brings the database to the latest version; returns the names of the scripts applied now.</summary>
    public IReadOnlyList<string> Migrate()
    {
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
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        command.ExecuteScalar();
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
