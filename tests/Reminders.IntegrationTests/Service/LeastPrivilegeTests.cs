using System.Globalization;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// deploy/sql/&lt;provider&gt;/create-database.sql run on a real server: migrations run with the migrator's login
/// (Database:MigrationsConnectionString), the service runs clustered with a login that reads and writes rows only and
/// is refused any change of the schema. One subclass per server provider runs the script its own way.
/// </summary>
public abstract class LeastPrivilegeTests : IDisposable
{
    private const int Offices = 5;

    /// <summary>The schema changes the service's login must be refused (valid SQL on both server providers).</summary>
    public static IReadOnlyList<string> SchemaChanges { get; } = ["CREATE TABLE intruder (id int)", "DROP TABLE outbox_messages", "ALTER TABLE qrtz_locks ADD x int"];

    protected string Data { get; } = TempDirectory.Create();

    /// <summary>The <c>Database:Provider</c> value.</summary>
    protected abstract string Provider { get; }

    public void Dispose()
    {
        TempDirectory.Delete(Data);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_service_runs_with_a_login_that_cannot_change_the_schema()
    {
        var (app, migrator) = await CreateDatabaseAndLoginsAsync(Guid.NewGuid().ToString("N")[..12]);
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var environment = new Dictionary<string, string>
        {
            ["Paths__DataDirectory"] = Data,
            ["Database__Provider"] = Provider,
            ["Database__ConnectionString"] = app,
            ["Database__MigrationsConnectionString"] = migrator,
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
            // Limited, so the service login also writes the shared rate limit's permits.
            ["Mail__RateLimitPerMinute"] = "100",
        };
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Bogota")).DateTime);
        var (plan, offices) = RelativePlan.Write(Data, today, Offices);
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

        foreach (var ddl in SchemaChanges)
        {
            await AssertRefusedAsync(app, ddl);
        }
    }

    /// <summary>Runs the provider's create-database.sql with its names made unique by <paramref name="suffix"/>; returns the service's and the migrator's connection strings.</summary>
    protected abstract Task<(string App, string Migrator)> CreateDatabaseAndLoginsAsync(string suffix);

    /// <summary>Asserts that <paramref name="ddl"/> run with the service's login is refused for want of permission.</summary>
    protected abstract Task AssertRefusedAsync(string app, string ddl);
}
