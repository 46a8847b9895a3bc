using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary><see cref="LeastPrivilegeTests"/> on a real PostgreSQL server, the script run with psql.</summary>
public sealed class PostgresLeastPrivilegeTests(PostgresServer postgres) : LeastPrivilegeTests
{
    protected override string Provider => "Postgres";

    protected override async Task<(string App, string Migrator)> CreateDatabaseAndLoginsAsync(string suffix)
    {
        _ = await postgres.CreateDatabaseAsync(); // fails (or skips outside CI) without a server
        var (database, migrator, app) = ($"reminders_{suffix}", $"reminders_migrator_{suffix}", $"reminders_app_{suffix}");
        var script = (await File.ReadAllTextAsync(Path.Combine(Repository.Root, "deploy", "sql", "postgres", "create-database.sql"), TestContext.Current.CancellationToken))
            .Replace("reminders_migrator", migrator, StringComparison.Ordinal)
            .Replace("reminders_app", app, StringComparison.Ordinal)
            .Replace("DATABASE reminders", $"DATABASE {database}", StringComparison.Ordinal)
            .Replace("\\connect reminders", $"\\connect {database}", StringComparison.Ordinal);
        var scriptPath = Path.Combine(Data, "create-database.sql");
        await File.WriteAllTextAsync(scriptPath, script, TestContext.Current.CancellationToken);
        await PsqlAsync(new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString), scriptPath);

        string As(string login) => new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Database = database, Username = login, Password = "x" }.ConnectionString;
        return (As(app), As(migrator));
    }

    protected override async Task AssertRefusedAsync(string app, string ddl)
    {
        await using var connection = new NpgsqlConnection(app);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(ddl, connection);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege or "42501", $"{ddl}: {refused.SqlState} {refused.MessageText}");
    }

    private static async Task PsqlAsync(NpgsqlConnectionStringBuilder admin, string script)
    {
        var psql = (Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", "psql")).Where(File.Exists).Order().LastOrDefault()
            : null) ?? "psql";
        var start = new ProcessStartInfo(psql) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "-v", "ON_ERROR_STOP=1", "-h", admin.Host!, "-p", admin.Port.ToString(CultureInfo.InvariantCulture), "-U", admin.Username!, "-d", admin.Database!,
            "-v", "migrator_password=x", "-v", "app_password=x", "-f", script,
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (!string.IsNullOrEmpty(admin.Password))
        {
            start.Environment["PGPASSWORD"] = admin.Password;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"psql -f create-database.sql failed: {await output}\n{await error}");
    }
}
