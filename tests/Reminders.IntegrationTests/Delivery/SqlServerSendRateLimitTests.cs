using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Delivery;

/// <summary>The shared rate limit on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise).</summary>
public sealed class SqlServerSendRateLimitTests(SqlServerServer server) : SendRateLimitContract
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.SqlServerAsync(server);
}
