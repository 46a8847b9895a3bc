using Dapper;
using Reminders.Worker.Data;
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

    [Fact]
    public async Task A_new_database_gets_16_kb_pages_and_an_existing_one_keeps_its_own()
    {
        using var created = DatabaseTarget.Sqlite();
        created.Migrate();
        using var existing = DatabaseTarget.Sqlite();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(existing.Connections.MigrationsConnectionString))
        {
            // A database an earlier version made: SQLite's default page size, a table already there.
            connection.Open();
            connection.Execute("PRAGMA page_size = 4096; CREATE TABLE earlier (id INTEGER PRIMARY KEY)");
        }

        existing.Migrate();

        await using var fresh = await created.Connections.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(16_384, await fresh.ExecuteScalarAsync<int>("PRAGMA page_size"));
        Assert.Equal("wal", await fresh.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        await using var kept = await existing.Connections.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(4_096, await kept.ExecuteScalarAsync<int>("PRAGMA page_size"));
        Assert.Equal(0, await kept.ExecuteScalarAsync<int>("SELECT count(*) FROM outbox_messages"));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_named_as_such_and_left_as_it_was()
    {
        using var db = DatabaseTarget.Sqlite();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Connections.ConnectionString).DataSource;
        var text = "Plan anticorrupción 2022: esto es una hoja de texto, no una base de datos de SQLite, y debe quedar intacta.\n";
        File.WriteAllText(file, text);

        var error = Assert.ThrowsAny<Exception>(() => db.Migrate());

        Assert.Contains("file is not a database", Reminders.Worker.Data.DatabaseErrors.Describe(error), StringComparison.Ordinal);
        Assert.Equal(text, File.ReadAllText(file));
    }

    [Fact]
    public void Migrations_apply_every_script_the_journal_does_not_record_even_when_it_exists()
    {
        using var db = DatabaseTarget.Sqlite();
        // DbUp's journal as it creates it, with nothing recorded yet: the quick check for an up-to-date database must
        // not take a journal's presence for a complete schema.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(db.Connections.MigrationsConnectionString))
        {
            connection.Open();
            connection.Execute("CREATE TABLE SchemaVersions (SchemaVersionID INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, ScriptName TEXT NOT NULL, Applied DATETIME NOT NULL)");
        }

        var applied = db.Migrate();

        Assert.Equal(10, applied.Count);
        Assert.Equal("0011_notification_keys_by_activity.sql", applied[^1]);
        Assert.Empty(db.Migrate());
    }

    [Fact]
    public async Task New_activities_take_the_ids_after_the_last_the_table_ever_had_and_the_table_goes_on_from_theirs()
    {
        // New activities take the ids AUTOINCREMENT gives, which their links are written with at once: after the largest
        // id ever given, even one no longer there, here an id 1000 the sequence remembers.
        using var db = DatabaseTarget.Sqlite();
        db.Migrate();
        var ct = TestContext.Current.CancellationToken;
        var plans = new PlanStore(db.Connections, new Microsoft.Extensions.Time.Testing.FakeTimeProvider());
        await ImportAsync(plans, "Entidad A", ct);
        await using (var connection = await db.Connections.OpenAsync(ct))
        {
            Assert.Equal([1L, 2L], await connection.QueryAsync<long>("SELECT id FROM activities ORDER BY id"));
            await connection.ExecuteAsync("UPDATE sqlite_sequence SET seq = 1000 WHERE name = 'activities'");
        }

        await ImportAsync(plans, "Entidad B", ct);

        await using (var connection = await db.Connections.OpenAsync(ct))
        {
            Assert.Equal([1L, 2L, 1001L, 1002L], await connection.QueryAsync<long>("SELECT id FROM activities ORDER BY id"));
            Assert.Equal(
                ["1001|Oficina A|0", "1001|Oficina B|1", "1002|Oficina B|0"],
                await connection.QueryAsync<string>(
                    """
                    SELECT l.activity_id || '|' || o.name || '|' || l.position FROM activity_offices l JOIN offices o ON o.id = l.office_id
                    WHERE l.activity_id > 2 ORDER BY l.activity_id, l.position
                    """));
            Assert.Equal(1002L, await connection.ExecuteScalarAsync<long>("SELECT seq FROM sqlite_sequence WHERE name = 'activities'"));
        }
    }

    private static async Task ImportAsync(PlanStore plans, string entity, CancellationToken ct)
    {
        var text = string.Join('\n',
            "Componente I: Gestión del Riesgo de Corrupción",
            "Sub-Componente\tActividades\t\tMeta o Producto\tResponsable\tFecha Programada",
            "Subcomponente 1: Política\t1.1\tPublicar el mapa\tMapa\tOficina A - Oficina B\t31/01/2022",
            "\t1.2\tRevisar el mapa\tInforme\tOficina B\t28/02/2022") + "\n";
        var (_, report) = await plans.ImportWhileReadingAsync(
            early => Reminders.Core.Import.PlanReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), "plan.tsv", null, early),
            () => Task.FromResult(entity), "plan.tsv", dryRun: false, ct);
        Assert.Equal(2, report?.Added.Count);
    }

    protected override Task<DatabaseTarget> CreateAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}
