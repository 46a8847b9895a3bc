using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Worker;

/// <summary><see cref="DeliveryServiceTests"/> on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise).</summary>
public sealed class SqlServerDeliveryServiceTests(SqlServerServer server) : DeliveryServiceTests
{
    protected override Task<DatabaseTarget> CreateAsync() => DatabaseTarget.SqlServerAsync(server);
}
