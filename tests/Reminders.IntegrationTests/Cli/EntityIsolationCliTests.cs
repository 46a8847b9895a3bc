using Microsoft.Data.Sqlite;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>
/// Issue 7, defect 1: an entity whose data cannot be planned (a plan year that crept into the database before imports
/// refused it) is reported, in stderr, in the run record and by send-now's exit code, while the others are delivered.
/// </summary>
public sealed class EntityIsolationCliTests : IDisposable
{
    private const string Broken = "Gobernación Rota";

    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task An_entity_that_cannot_be_planned_is_reported_and_the_other_entities_are_still_delivered()
    {
        await SampleFiles.ConfigureAsync(cli);
        await cli.SucceedAsync("import", SampleFiles.Path, "--entity", Broken);
        await cli.SucceedAsync("entities", "set", Broken, "--coordinator", "plan@rota.gov.co", "--control-interno", "ci@rota.gov.co");
        CorruptPlanYear(Broken, 0);

        var run = await cli.RunAsync("send-now", "--as-of", "2022-01-03");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.True(run.Stderr.Contains($"No se pudo planear la entidad «{Broken}»", StringComparison.Ordinal), run.ToString());
        var messages = (await cli.JsonAsync("outbox", "list")).EnumerateArray().ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal(SampleFiles.Entity, m.GetProperty("entity").GetString()));
        Assert.All(messages, m => Assert.Equal("sent", m.GetProperty("state").GetString()));
        Assert.Equal(messages.Count, cli.PickedUp().Count);

        var runs = (await cli.JsonAsync("outbox", "runs")).EnumerateArray().ToList();
        var failed = Assert.Single(runs, r => r.GetProperty("outcome").GetString() == "failed");
        Assert.Equal(Broken, failed.GetProperty("entity").GetString());
        Assert.Equal("2022-01-03", failed.GetProperty("runDate").GetString());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("error").GetString()));
        var planned = Assert.Single(runs, r => r.GetProperty("outcome").GetString() == "planned");
        Assert.Equal(SampleFiles.Entity, planned.GetProperty("entity").GetString());
        Assert.Equal(messages.Count, planned.GetProperty("messages").GetInt32());
    }

    private void CorruptPlanYear(string entity, int year)
    {
        using (var connection = new SqliteConnection($"Data Source={cli.PathOf("reminders.db")}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE plans SET year = $year WHERE entity_id = (SELECT id FROM entities WHERE name = $entity)";
            command.Parameters.AddWithValue("$year", year);
            command.Parameters.AddWithValue("$entity", entity);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        SqliteConnection.ClearAllPools();
    }
}
