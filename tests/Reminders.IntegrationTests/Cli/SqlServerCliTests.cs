using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary><see cref="ServerDatabaseCliTests"/> on SQL Server, when REMINDERS_TEST_SQLSERVER names one (skipped otherwise).</summary>
public sealed class SqlServerCliTests(SqlServerServer server) : ServerDatabaseCliTests(server);
