using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Reports;

/// <summary>
/// The sample plan set up through the command line with chosen outcomes (the same as the unit tests' hand count):
/// 1.1 done on 28 January (on time), 2.3 on its due date, 1.4 and 2.4 late, 3.6 on 15 June, 1.5 on 20 September,
/// 3.2 on 10 January 2023, 3.1 cancelled; progress on 3.7 on 10 February and 5 September.
/// </summary>
public sealed class ReportedSample : IAsyncLifetime
{
    public CliRunner Cli { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await SampleFiles.ConfigureAsync(Cli);
        await MarkOutcomesAsync(Cli);
    }

    public static async Task MarkOutcomesAsync(CliRunner cli, string year = "2022")
    {
        foreach (var (number, on) in new[]
        {
            ("1.1", "2022-01-28"), ("2.3", "2022-02-25"), ("1.4", "2022-02-10"), ("2.4", "2022-03-01"),
            ("3.6", "2022-06-15"), ("1.5", "2022-09-20"), ("3.2", "2023-01-10"),
        })
        {
            await cli.SucceedAsync("activities", "done", number, "--year", year, "--on", on, "--evidence", $"https://ejemplo.gov.co/evidencias/{number}");
        }

        await cli.SucceedAsync("activities", "cancel", "3.1", "--year", year, "--on", "2022-03-15");
        await cli.SucceedAsync("activities", "progress", "3.7", "--year", year, "--note", "Seguimiento de compromisos de enero <b>", "--on", "2022-02-10");
        await cli.SucceedAsync("activities", "progress", "3.7", "--year", year, "--note", "Informe de agosto", "--on", "2022-09-05");
    }

    public ValueTask DisposeAsync()
    {
        Cli.Dispose();
        return ValueTask.CompletedTask;
    }
}
