using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Outbox;

/// <summary>The outbox contract on a real SQLite file.</summary>
public sealed class SqliteOutboxTests : OutboxContract
{
    protected override Task<DatabaseTarget> CreateAsync() => Task.FromResult(DatabaseTarget.Sqlite());
}
