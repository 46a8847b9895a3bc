using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Data;

/// <summary>The storage contract on a real SQLite file.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    protected override Task<DatabaseTarget> CreateAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}
