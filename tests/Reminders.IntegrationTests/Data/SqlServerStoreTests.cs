using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Data;

/// <summary>The storage contract on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise).</summary>
public sealed class SqlServerStoreTests(SqlServerServer server) : StoreContract
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.SqlServerAsync(server);
}
