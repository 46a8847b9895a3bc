using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Delivery;

/// <summary>The shared rate limit on a real SQLite file (processes on one machine sharing it).</summary>
public sealed class SqliteSendRateLimitTests : SendRateLimitContract
{
    protected override Task<DatabaseTarget> CreateAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}
