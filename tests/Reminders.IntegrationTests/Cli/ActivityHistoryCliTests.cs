using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary><c>reminders activities history</c>: who changed an activity, what, when and from which command.</summary>
public sealed class ActivityHistoryCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task History_lists_progress_then_completion_with_the_user_and_the_command()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        await cli.SucceedAsync("activities", "progress", "1.1", "--component", "III", "--on", "2022-01-10", "--note", "Borrador listo");
        await cli.SucceedAsync("activities", "done", "1.1", "--component", "III", "--on", "2022-01-20", "--evidence", "https://ejemplo.gov.co/informe");

        var history = await cli.JsonAsync("activities", "history", "1.1", "--component", "III");
        var text = await cli.SucceedAsync("activities", "history", "1.1", "--component", "III");

        var changes = history.EnumerateArray().ToList();
        Assert.Equal(2, changes.Count);
        Assert.Equal("avance", changes[0].GetProperty("change").GetString());
        Assert.Equal("el 2022-01-10: Borrador listo", changes[0].GetProperty("detail").GetString());
        Assert.Equal("comando «reminders activities progress»", changes[0].GetProperty("source").GetString());
        Assert.Equal("cumplida", changes[1].GetProperty("change").GetString());
        Assert.Equal("el 2022-01-20: https://ejemplo.gov.co/informe", changes[1].GetProperty("detail").GetString());
        Assert.Equal("comando «reminders activities done»", changes[1].GetProperty("source").GetString());
        Assert.Equal(Environment.UserName, changes[1].GetProperty("actor").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$", changes[1].GetProperty("changedAt").GetString());
        Assert.Contains("cumplida el 2022-01-20: https://ejemplo.gov.co/informe; por ", text, StringComparison.Ordinal);
        Assert.Contains("2 cambio(s).", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_activity_never_changed_has_an_empty_history()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);

        var text = await cli.SucceedAsync("activities", "history", "1.2", "--component", "III");

        Assert.Contains("Sin cambios registrados.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_activity_is_bad_input()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);

        var result = await cli.RunAsync("activities", "history", "9.9", "--component", "III");

        Assert.Equal(2, result.ExitCode);
    }

    public void Dispose() => cli.Dispose();
}
