using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 3 through the real executable: <c>send-now</c> delivers once, catches up once, and <c>outbox list</c> shows it.</summary>
public sealed class SendNowCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task Send_now_twice_for_the_same_date_delivers_once()
    {
        await SampleFiles.ConfigureAsync(cli);
        await cli.SucceedAsync("send-now", "--as-of", "2022-02-01");
        var first = cli.PickedUp();
        var listed = await cli.JsonAsync("outbox", "list");

        var again = await cli.SucceedAsync("send-now", "--as-of", "2022-02-01");

        Assert.NotEmpty(first);
        Assert.Contains("0 mensaje(s) nuevos", again, StringComparison.Ordinal);
        Assert.Equal(first, cli.PickedUp());
        Assert.Equal(listed.GetArrayLength(), (await cli.JsonAsync("outbox", "list")).GetArrayLength());
    }

    [Fact]
    public async Task Send_now_after_days_without_runs_sends_one_catch_up_notice_per_activity_and_supersedes_the_missed_milestones()
    {
        await SampleFiles.ConfigureAsync(cli);
        await cli.SucceedAsync("send-now", "--as-of", "2022-01-03");
        var before = cli.PickedUp().Count;

        await cli.SucceedAsync("send-now", "--as-of", "2022-01-28");

        var late = (await cli.JsonAsync("outbox", "list")).EnumerateArray().Where(m => m.GetProperty("runDate").GetString() == "2022-01-28").ToList();
        var planning = Assert.Single(late, m => m.GetProperty("office").GetString() == "Secretaría de Planeación");
        var items = planning.GetProperty("items").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Equal(items.Distinct().Count(), items.Count);
        Assert.Superset(new HashSet<string?> { "1.1", "1.2", "1.3", "2.1", "2.2" }, items.ToHashSet());
        Assert.Equal(before + late.Count, cli.PickedUp().Count);

        var superseded = (await cli.JsonAsync("outbox", "list", "--state", "superseded")).EnumerateArray()
            .Select(s => (Key: s.GetProperty("key").GetString()!, RunDate: s.GetProperty("runDate").GetString(), State: s.GetProperty("state").GetString())).ToList();
        Assert.All(superseded, s => Assert.Equal("superseded", s.State));
        // Days left on 01-28 for the 01-31 items: 3. Milestone 3 is sent; 15 and 7 were missed and are superseded, 30 was sent on 01-03.
        foreach (var milestone in new[] { 15, 7 })
        {
            Assert.Equal(6, superseded.Count(s => s.RunDate == "2022-01-28" && s.Key.StartsWith("due|", StringComparison.Ordinal)
                && s.Key.EndsWith($"|2022-01-31|{milestone}", StringComparison.Ordinal)));
        }

        Assert.DoesNotContain(superseded, s => s.Key.EndsWith("|2022-01-31|3", StringComparison.Ordinal) || s.Key.EndsWith("|2022-01-31|30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outbox_list_json_has_the_documented_fields()
    {
        await SampleFiles.ConfigureAsync(cli);
        await cli.SucceedAsync("send-now", "--as-of", "2022-02-03");

        var messages = (await cli.JsonAsync("outbox", "list")).EnumerateArray().ToList();

        Assert.NotEmpty(messages);
        foreach (var message in messages)
        {
            foreach (var field in new[] { "id", "kind", "office", "to", "cc", "runDate", "state", "items", "error" })
            {
                Assert.True(message.TryGetProperty(field, out _), $"outbox list --json lacks «{field}»: {message}");
            }

            Assert.Equal(JsonValueKind.Number, message.GetProperty("id").ValueKind);
            Assert.Equal("sent", message.GetProperty("state").GetString());
            Assert.Equal(JsonValueKind.Null, message.GetProperty("error").ValueKind);
            Assert.Equal("2022-02-03", message.GetProperty("runDate").GetString());
        }

        var escalation = Assert.Single(messages, m => m.GetProperty("kind").GetString() == "escalation"
            && m.GetProperty("to")[0].GetString() == "jefe.planeacion@ejemplo.gov.co");
        Assert.Equal(JsonValueKind.Null, escalation.GetProperty("office").ValueKind);
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2"], escalation.GetProperty("items").EnumerateArray().Select(i => i.GetString()));
    }

    public void Dispose() => cli.Dispose();
}
