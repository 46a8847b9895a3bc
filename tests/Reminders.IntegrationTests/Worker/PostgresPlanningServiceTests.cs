using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Worker;

/// <summary><see cref="PlanningServiceTests"/> on a real PostgreSQL server.</summary>
public sealed class PostgresPlanningServiceTests(PostgresServer server) : PlanningServiceTests
{
    protected override Task<Dictionary<string, string?>> DatabaseSettingsAsync() => ServerSettingsAsync(server);
}
