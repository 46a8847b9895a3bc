using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 2: re-importing through the command line updates in place and keeps what the administrator recorded.</summary>
public sealed class ReimportCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task Reimporting_the_same_file_reports_twenty_unchanged_and_nothing_else()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);

        var report = await cli.JsonAsync("import", SampleFiles.Path);

        Assert.Equal((0, 0, 0, 20), Counts(report));
        Assert.Empty(report.GetProperty("officesCreated").EnumerateArray());
    }

    [Fact]
    public async Task Reimporting_a_modified_copy_reports_changed_removed_and_added_and_keeps_a_done_state()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        await cli.SucceedAsync("activities", "done", "1.1", "--component", "III", "--on", "2022-01-20", "--evidence", "x");
        var lines = SampleFiles.Lines;
        SampleFiles.SetCell(lines, "2.3", 5, "28 DE FEBRERO DE 2022");
        var removed = SampleFiles.LineOf(lines, "3.5") - 1;
        var added = lines[removed].Split('\t');
        lines.RemoveAt(removed);
        added[1] = "3,8";
        added[2] = "Publicar el balance final de la rendición de cuentas.";
        lines.Insert(SampleFiles.LineOf(lines, "3.7"), string.Join('\t', added));
        var modified = SampleFiles.Write(cli.DataDirectory, "paac-v2.tsv", lines);

        var report = await cli.JsonAsync("import", modified);

        Assert.Equal((1, 1, 1, 18), Counts(report));
        Assert.Equal(["III 3.8"], Strings(report.GetProperty("addedActivities")));
        Assert.Equal(["III 2.3"], Strings(report.GetProperty("changedActivities")));
        Assert.Equal(["III 3.5"], Strings(report.GetProperty("removedActivities")));
        var activities = await cli.JsonAsync("activities", "list", "--as-of", "2022-03-01");
        var done = activities.EnumerateArray().Single(a => a.GetProperty("number").GetString() == "1.1");
        Assert.Equal("done", done.GetProperty("state").GetString());
        Assert.Equal("2022-01-20", done.GetProperty("completedOn").GetString());
        Assert.Equal("x", done.GetProperty("evidence").GetString());
        Assert.Equal("2022-02-28", activities.EnumerateArray().Single(a => a.GetProperty("number").GetString() == "2.3").GetProperty("due").GetString());
        Assert.DoesNotContain(activities.EnumerateArray(), a => a.GetProperty("number").GetString() == "3.5");
    }

    private static (int Added, int Changed, int Removed, int Unchanged) Counts(JsonElement report) => (
        report.GetProperty("added").GetInt32(), report.GetProperty("changed").GetInt32(),
        report.GetProperty("removed").GetInt32(), report.GetProperty("unchanged").GetInt32());

    private static List<string?> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString())];

    public void Dispose() => cli.Dispose();
}
