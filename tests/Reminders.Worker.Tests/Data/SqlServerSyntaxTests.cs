using Microsoft.Extensions.Time.Testing;
using Reminders.Core.Import;
using Reminders.Core.Plans;
using Reminders.Core.Rules;
using Reminders.Worker.Data;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Tests.Data;

/// <summary>
/// No SQL Server runs in CI, so SQL Server's own parser reads every SQL Server migration and every statement the code
/// sends: literals from the sources, and the statements composed through <see cref="SqlDialect"/> as recorded from the
/// stores themselves running on the SQL Server dialect (docs/architecture.md, "SQL Server without a server").
/// </summary>
public sealed class SqlServerSyntaxTests
{
    private static readonly string SourceRoot = Path.Combine(RepositoryRoot(), "src");

    [Fact]
    public void Every_SQL_Server_migration_parses_as_T_SQL()
    {
        var scripts = Migrator.ScriptsFor(DatabaseProvider.SqlServer);

        Assert.NotEmpty(scripts);
        Assert.Equal(Migrator.ScriptsFor(DatabaseProvider.Postgres).Select(s => s.Name), scripts.Select(s => s.Name));
        Assert.All(scripts, script => Assert.True(
            TransactSql.Errors(script.Contents).Count == 0,
            $"{script.Name}: {string.Join("; ", TransactSql.Errors(script.Contents))}"));
    }

    [Fact]
    public void The_SQL_Server_database_and_logins_script_parses_as_T_SQL()
    {
        var scripts = Directory.GetFiles(Path.Combine(RepositoryRoot(), "deploy", "sql", "sqlserver"), "*.sql");

        Assert.NotEmpty(scripts);
        Assert.All(scripts, path => Assert.True(
            TransactSql.Errors(File.ReadAllText(path)).Count == 0, $"{path}: {string.Join("; ", TransactSql.Errors(File.ReadAllText(path)))}"));
    }

    [Fact]
    public void Every_SQL_literal_in_the_sources_parses_as_T_SQL()
    {
        var statements = SourceSql.In(SourceRoot)
            .Where(s => !s.IsFragment && !s.File.EndsWith(Path.Combine("Data", "SqlDialect.cs"), StringComparison.Ordinal))
            .ToList();

        Assert.True(statements.Count >= 30, $"Only {statements.Count} SQL literals found under {SourceRoot}: is the scan still reading the sources?");
        Assert.All(statements, s => Assert.True(TransactSql.Errors(s.Sql).Count == 0, $"{s.File}: {s.Sql}\n{string.Join("; ", TransactSql.Errors(s.Sql))}"));
    }

    [Fact]
    public async Task Every_statement_composed_through_the_dialect_parses_as_T_SQL()
    {
        var recorded = await RecordAsync();

        Assert.Contains(recorded, s => s.Contains("OUTPUT INSERTED.id", StringComparison.Ordinal));
        Assert.Contains(recorded, s => s.Contains("FROM outbox_messages WITH (UPDLOCK, READPAST, ROWLOCK) WHERE", StringComparison.Ordinal));
        Assert.Contains(recorded, s => s.Contains("activity_id IN (@Ids1", StringComparison.Ordinal));
        Assert.Contains(recorded, s => s.Contains("SELECT TOP (@Limit) id AS Id, message_id AS MessageId", StringComparison.Ordinal));
        Assert.All(recorded, sql => Assert.True(TransactSql.Errors(sql).Count == 0, $"{sql}\n{string.Join("; ", TransactSql.Errors(sql))}"));
    }

    [Fact]
    public async Task Every_fragment_of_a_composed_statement_is_sent_by_a_recorded_scenario()
    {
        var recorded = string.Join("\n", (await RecordAsync()).Select(Collapse));
        var fragments = SourceSql.In(SourceRoot).Where(s => s.IsFragment).ToList();

        Assert.All(fragments, f => Assert.True(
            recorded.Contains(Collapse(f.Sql), StringComparison.Ordinal),
            $"{f.File}: \"{f.Sql}\" is composed at run time; add the call that sends it to {nameof(RecordAsync)}."));
    }

    /// <summary>Runs the stores that compose SQL through the dialect on a connection that records instead of executing.</summary>
    private static async Task<IReadOnlyList<string>> RecordAsync()
    {
        var recorded = new List<string>();
        var connections = new ConnectionFactory(DatabaseProvider.SqlServer, () => new RecordingConnection(recorded));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        var outbox = new OutboxStore(connections, time);
        var plans = new PlanStore(connections, time);
        var runDate = new DateOnly(2026, 3, 2);

        await outbox.TakenKeysAsync([1, 2], TestContext.Current.CancellationToken);
        await new ActivityStore(connections, time).LoadAsync(new ActivityFilter("ENTIDAD"), TestContext.Current.CancellationToken);
        await new ActivityStore(connections, time).ListAsync(new ActivityFilter("ENTIDAD"), null, runDate, TestContext.Current.CancellationToken);
        await outbox.RecordAsync(
            [new OutboxMessage("k1", MessageKind.Digest, "ENTIDAD", "Oficina", ["a@example.org"], [], "Asunto", runDate, [new MessageItem("1.1", "Actividad", "due-soon", null, null)], ["n1"], [1, 2])],
            [new PlannedNotification("n1", NotificationKind.DueSoon, 1, 1, "a@example.org", NotificationState.Pending)],
            runDate,
            TestContext.Current.CancellationToken);
        await outbox.ClaimAsync("host:1", TimeSpan.FromMinutes(5), 10, _ => true, TestContext.Current.CancellationToken);
        await outbox.RecordOutcomesAsync(
            [new MessageOutcome(1, OutboxState.Sent, "250 OK"), new MessageOutcome(2, OutboxState.Failed, "550 no", "a@example.org: 550")],
            TestContext.Current.CancellationToken);
        await outbox.ReleaseAsync("host:1", [3, 4], TestContext.Current.CancellationToken);
        await outbox.RetryAsync(5, TestContext.Current.CancellationToken);
        await outbox.ListAsync(OutboxState.Sent, TestContext.Current.CancellationToken);
        await plans.ImportAsync(
            "ENTIDAD",
            new ImportedPlan(2026, [new ImportedActivity("1", "Componente", 1, "Sub", new ActivityNumber(1, 1), "Texto", "Producto", ["Oficina"], Schedule.On(runDate), "plan.xlsx:2")]),
            "plan.xlsx",
            dryRun: false,
            TestContext.Current.CancellationToken);
        var intake = new Reminders.Worker.Intake.IntakeStore(connections, time);
        await intake.LatestAsync(50, TestContext.Current.CancellationToken);
        await intake.AddAsync("k", new Reminders.Worker.Intake.IntakeRecord { MessageId = "<m@x>", Sender = "a@example.org", Subject = "s", Outcome = "rejected" }, TestContext.Current.CancellationToken);
        return recorded;
    }

    private static string Collapse(string sql) => string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reminders.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException($"No Reminders.sln above {AppContext.BaseDirectory}.");
    }
}
