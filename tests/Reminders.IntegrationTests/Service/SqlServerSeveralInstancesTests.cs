using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary><see cref="SeveralInstancesTests"/> on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise).</summary>
public sealed class SqlServerSeveralInstancesTests(SqlServerServer server) : SeveralInstancesTests(server);
