using Microsoft.Data.SqlClient;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// <see cref="LeastPrivilegeTests"/> on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise): the
/// script's batches run as sqlcmd would run them (<see cref="SqlServerDeployScript"/>).
/// </summary>
public sealed class SqlServerLeastPrivilegeTests(SqlServerServer server) : LeastPrivilegeTests
{
    // CHECK_POLICY = ON asks for a complex password.
    private static readonly string Password = $"Rm-{Guid.NewGuid():N}-aA1!";

    protected override string Provider => "SqlServer";

    protected override async Task<(string App, string Migrator)> CreateDatabaseAndLoginsAsync(string suffix)
    {
        if (SqlServerServer.AdminConnectionString is not { } admin)
        {
            Assert.Skip(SqlServerServer.NotSet);
            return ("", "");
        }

        var script = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "sql", "sqlserver", "create-database.sql"), TestContext.Current.CancellationToken);
        var (database, migrator, app) = ($"reminders_{suffix}", $"reminders_migrator_{suffix}", $"reminders_app_{suffix}");
        server.DropAtEnd(database, migrator, app);
        await using (var connection = new SqlConnection(admin))
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            foreach (var batch in SqlServerDeployScript.Batches(script, suffix, Password, Password))
            {
                await using var command = new SqlCommand(batch, connection);
                await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
            }
        }

        string As(string login) => new SqlConnectionStringBuilder(admin)
        {
            InitialCatalog = database, IntegratedSecurity = false, UserID = login, Password = Password,
        }.ConnectionString;
        return (As(app), As(migrator));
    }

    protected override async Task AssertRefusedAsync(string app, string ddl)
    {
        await using var connection = new SqlConnection(app);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqlCommand(ddl, connection);
        var refused = await Assert.ThrowsAsync<SqlException>(() => command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        // 262 permission denied; 3701 and 1088: "does not exist or you do not have permission" on a table that exists.
        Assert.True(refused.Number is 262 or 3701 or 1088 or 4902, $"{ddl}: {refused.Number} {refused.Message}");
    }
}
