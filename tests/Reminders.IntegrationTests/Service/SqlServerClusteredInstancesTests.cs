using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary><see cref="ClusteredInstancesTests"/> on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise).</summary>
public sealed class SqlServerClusteredInstancesTests(SqlServerServer server) : ClusteredInstancesTests(server);
