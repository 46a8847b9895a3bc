using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// deploy/sql/postgres/create-database.sql run with psql on a real server: migrations run with the migrator's login
/// (Database:MigrationsConnectionString), the service runs clustered with a login that reads and writes rows only.
/// </summary>
public sealed class LeastPrivilegeTests(PostgresServer postgres) : IDisposable
{
    private const int Offices = 5;
    private readonly string data = TempDirectory.Create();

    public void Dispose() => TempDirectory.Delete(data);

    [Fact]
    public async Task The_service_runs_with_a_login_that_cannot_change_the_schema()
    {
        _ = await postgres.CreateDatabaseAsync(); // fails (or skips outside CI) without a server
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var (database, migrator, app) = ($"reminders_{suffix}", $"reminders_migrator_{suffix}", $"reminders_app_{suffix}");
        var script = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "deploy", "sql", "postgres", "create-database.sql"), TestContext.Current.CancellationToken))
            .Replace("reminders_migrator", migrator, StringComparison.Ordinal)
            .Replace("reminders_app", app, StringComparison.Ordinal)
            .Replace("DATABASE reminders", $"DATABASE {database}", StringComparison.Ordinal)
            .Replace("\\connect reminders", $"\\connect {database}", StringComparison.Ordinal);
        var scriptPath = Path.Combine(data, "create-database.sql");
        await File.WriteAllTextAsync(scriptPath, script, TestContext.Current.CancellationToken);
        var admin = new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString);
        await PsqlAsync(admin, scriptPath);

        string As(string login) => new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Database = database, Username = login, Password = "x" }.ConnectionString;
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["Paths__DataDirectory"] = data,
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = As(app),
            ["Database__MigrationsConnectionString"] = As(migrator),
            ["Cluster__Enabled"] = "true",
            ["Schedules__Planning"] = "0/2 * * * * ?",
            ["Schedules__Delivery"] = "1/2 * * * * ?",
            ["Reminders__Calendar__RunOnNonBusinessDays"] = "true",
            ["Reminders__FollowUp__Send"] = "false",
            ["Mail__Delivery"] = "Smtp",
            ["Mail__Smtp__Host"] = smtp.Host,
            ["Mail__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Mail__Smtp__Security"] = "None",
            ["Mail__AttachCalendar"] = "false",
            ["Mail__RateLimitPerMinute"] = "0",
        };
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Bogota")).DateTime);
        var (plan, offices) = RelativePlan.Write(data, today, Offices);
        foreach (var arguments in new[] { new[] { "import", plan }, ["offices", "import", offices] })
        {
            using var command = await RemindersProcess.RunAsync(environment, TimeSpan.FromSeconds(60), arguments);
            Assert.True(command.HasExited && command.ExitCode == 0, command.Transcript);
        }

        using (var service = RemindersProcess.Start(environment, "run"))
        {
            await Poll.UntilAsync(() => smtp.Received().Count >= Offices, TimeSpan.FromSeconds(90), () => service.Transcript);
            await service.TerminateAsync();
            await service.WaitForExitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, service.ExitCode);
        }

        await using var connection = new NpgsqlConnection(As(app));
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var ddl in new[] { "CREATE TABLE intruder (id int)", "DROP TABLE outbox_messages", "ALTER TABLE qrtz_locks ADD COLUMN x int" })
        {
            await using var command = new NpgsqlCommand(ddl, connection);
            var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
            Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege or "42501", $"{ddl}: {refused.SqlState} {refused.MessageText}");
        }
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
