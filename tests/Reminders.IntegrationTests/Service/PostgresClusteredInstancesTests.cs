using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary><see cref="ClusteredInstancesTests"/> on a real PostgreSQL server.</summary>
public sealed class PostgresClusteredInstancesTests(PostgresServer server) : ClusteredInstancesTests(server);
