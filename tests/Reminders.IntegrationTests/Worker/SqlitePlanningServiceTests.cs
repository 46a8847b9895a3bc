namespace Reminders.IntegrationTests.Worker;

/// <summary><see cref="PlanningServiceTests"/> on a real SQLite file in the data folder.</summary>
public sealed class SqlitePlanningServiceTests : PlanningServiceTests
{
    protected override Task<Dictionary<string, string?>> DatabaseSettingsAsync() => Task.FromResult(new Dictionary<string, string?>());
}
