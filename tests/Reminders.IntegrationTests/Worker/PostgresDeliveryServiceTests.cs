using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Worker;

/// <summary><see cref="DeliveryServiceTests"/> on a real PostgreSQL server.</summary>
public sealed class PostgresDeliveryServiceTests(PostgresServer server) : DeliveryServiceTests
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.PostgresAsync(server);
}
