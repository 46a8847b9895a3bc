using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Outbox;

/// <summary>The outbox contract (claims with UPDLOCK, READPAST) on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise).</summary>
public sealed class SqlServerOutboxTests(SqlServerServer server) : OutboxContract
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.SqlServerAsync(server);
}
