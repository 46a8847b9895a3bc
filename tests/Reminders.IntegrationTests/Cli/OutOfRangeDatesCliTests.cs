using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 7, defects 1 and 8: years no plan can have are refused with exit code 2, and nothing is written.</summary>
public sealed class OutOfRangeDatesCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2101")]
    public async Task Import_refuses_a_plan_year_outside_2000_to_2100_and_writes_nothing(string year)
    {
        var result = await cli.RunAsync("import", SampleFiles.Path, "--year", year);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("entre 2000 y 2100", result.Stderr, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("activities", "list")).EnumerateArray());
    }

    [Theory]
    [InlineData("send-now", "9999-12-31")]
    [InlineData("preview", "0001-01-01")]
    [InlineData("send-now", "1999-12-31")]
    [InlineData("preview", "2101-01-01")]
    public async Task Run_dates_outside_2000_to_2100_are_refused_with_exit_code_2(string command, string date)
    {
        await SampleFiles.ConfigureAsync(cli);

        var result = await cli.RunAsync(command, "--as-of", date);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"--as-of: «{date}» está fuera de los años 2000 a 2100", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Excepción", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(cli.PickedUp());
    }
}
