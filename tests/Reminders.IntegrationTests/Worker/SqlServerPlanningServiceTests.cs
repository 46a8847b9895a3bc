using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Worker;

/// <summary><see cref="PlanningServiceTests"/> on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise).</summary>
public sealed class SqlServerPlanningServiceTests(SqlServerServer server) : PlanningServiceTests
{
    protected override Task<Dictionary<string, string?>> DatabaseSettingsAsync() => ServerSettingsAsync(server);
}
