using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Delivery;

/// <summary>The shared rate limit on a real PostgreSQL server.</summary>
public sealed class PostgresSendRateLimitTests(PostgresServer server) : SendRateLimitContract
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.PostgresAsync(server);
}
