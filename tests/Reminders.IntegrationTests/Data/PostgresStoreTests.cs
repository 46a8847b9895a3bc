using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Data;

/// <summary>The storage contract on a real PostgreSQL server.</summary>
public sealed class PostgresStoreTests(PostgresServer server) : StoreContract
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.PostgresAsync(server);
}
