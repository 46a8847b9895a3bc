using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Worker;

/// <summary><see cref="DeliveryServiceTests"/> on a real SQLite file.</summary>
public sealed class SqliteDeliveryServiceTests : DeliveryServiceTests
{
    protected override Task<DatabaseTarget> CreateAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}
