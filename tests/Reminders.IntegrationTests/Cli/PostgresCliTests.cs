using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary><see cref="ServerDatabaseCliTests"/> on a real PostgreSQL server.</summary>
public sealed class PostgresCliTests(PostgresServer server) : ServerDatabaseCliTests(server);
