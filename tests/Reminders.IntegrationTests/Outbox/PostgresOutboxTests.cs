using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Outbox;

/// <summary>The outbox contract on a real PostgreSQL server.</summary>
public sealed class PostgresOutboxTests(PostgresServer server) : OutboxContract
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.PostgresAsync(server);
}
