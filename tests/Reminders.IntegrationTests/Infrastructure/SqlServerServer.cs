using Microsoft.Data.SqlClient;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// The SQL Server named by <c>REMINDERS_TEST_SQLSERVER</c> (a connection string whose login may create databases), on
/// which the integration suite runs a third time; each test gets its own database, dropped at the end of the run.
/// Without it every SQL Server run is reported as skipped, under CI=true too: no SQL Server can run on the CI machine
/// (there the SQL Server statements are parsed with ScriptDom instead, tests/Reminders.Worker.Tests/Data).
/// </summary>
public sealed class SqlServerServer : IDatabaseServer, IAsyncDisposable
{
    public const string Variable = "REMINDERS_TEST_SQLSERVER";

    public const string NotSet =
        Variable + " is not set (a connection string to a SQL Server whose login may create databases): the SQL Server run of this test is skipped";

    private readonly List<string> created = [];
    private readonly List<string> logins = [];
    private readonly Lock gate = new();

    public string Provider => "SqlServer";

    /// <summary>The connection string given, or null.</summary>
    public static string? AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { } given && !string.IsNullOrWhiteSpace(given) ? given : null;

    /// <summary>The statement that creates a test database (parsed with ScriptDom in <c>SqlServerTestStatementsTests</c>).</summary>
    public static string CreateDatabaseSql(string name) => $"CREATE DATABASE [{name}]";

    /// <summary>The statements that drop a test database, closing the connections still open on it.</summary>
    public static string DropDatabaseSql(string name) =>
        $"IF DB_ID(N'{name}') IS NOT NULL BEGIN ALTER DATABASE [{name}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{name}]; END";

    /// <summary>The statement that drops a test login.</summary>
    public static string DropLoginSql(string name) => $"IF SUSER_ID(N'{name}') IS NOT NULL DROP LOGIN [{name}]";

    /// <summary>Drops <paramref name="database"/> and <paramref name="addedLogins"/> at the end of the run, with the databases this fixture created.</summary>
    public void DropAtEnd(string database, params string[] addedLogins)
    {
        lock (gate)
        {
            created.Add(database);
            logins.AddRange(addedLogins);
        }
    }

    public async Task<string> CreateDatabaseAsync()
    {
        if (AdminConnectionString is not { } admin)
        {
            Assert.Skip(NotSet);
            return "";
        }

        var name = $"reminders_test_{Guid.NewGuid():N}";
        await using (var connection = new SqlConnection(admin))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            await using var command = new SqlCommand(CreateDatabaseSql(name), connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        DropAtEnd(name);
        return new SqlConnectionStringBuilder(admin) { InitialCatalog = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (AdminConnectionString is not { } admin || created.Count == 0)
        {
            return;
        }

        SqlConnection.ClearAllPools();
        await using var connection = new SqlConnection(admin);
        await connection.OpenAsync().ConfigureAwait(false);
        foreach (var sql in created.Select(DropDatabaseSql).Concat(logins.Select(DropLoginSql)))
        {
            await using var command = new SqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
    }
}
