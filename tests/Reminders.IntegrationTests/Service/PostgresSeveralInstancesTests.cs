using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Service;

/// <summary><see cref="SeveralInstancesTests"/> on a real PostgreSQL server.</summary>
public sealed class PostgresSeveralInstancesTests(PostgresServer server) : SeveralInstancesTests(server);
