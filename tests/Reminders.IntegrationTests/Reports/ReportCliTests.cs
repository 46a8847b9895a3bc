using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Reports;

/// <summary><c>reminders report</c> on the sample with chosen outcomes (<see cref="ReportedSample"/>).</summary>
public sealed class ReportCliTests(ReportedSample sample) : IClassFixture<ReportedSample>
{
    private CliRunner Cli => sample.Cli;

    [Theory]
    // cut-off, hand-counted overall line: programmed (19 dated minus cancelled 3.1), done, late, overdue, 3.7 with / without progress, %
    [InlineData("2022-04-30", "18|4|2|14|1|0|22,2")]
    [InlineData("2022-08-31", "18|5|3|13|0|1|27,8")]
    [InlineData("2022-12-31", "18|6|4|12|1|0|33,3")]
    public async Task Html_xlsx_and_csv_hold_the_same_hand_counted_numbers_at_each_2022_cut_off(string cutOff, string overall)
    {
        var html = await ReportAsync(cutOff, "html");
        var xlsx = await ReportAsync(cutOff, "xlsx");
        var csv = await ReportAsync(cutOff, "csv");

        var fromHtml = ReportTables.FromHtml(System.Text.Encoding.UTF8.GetString(html));
        Assert.Equal($"Total|{SampleFiles.Entity}|{overall}", fromHtml[0]);
        Assert.Contains("Componente|Componente III: Rendición de Cuentas|" + overall, fromHtml);
        Assert.Equal(fromHtml, ReportTables.FromCsv(csv));
        Assert.Equal(fromHtml, ReportTables.FromXlsx(xlsx));
        Assert.Equal(1 + 1 + 3 + 4, fromHtml.Count); // total, component, three sub-components, four offices
    }

    [Fact]
    public async Task Offices_are_totalled_with_their_shared_activities()
    {
        var lines = ReportTables.FromHtml(System.Text.Encoding.UTF8.GetString(await ReportAsync("2022-12-31", "html")));

        Assert.Contains("Oficina|Secretaría de Planeación|12|2|1|10|1|0|16,7", lines);
        Assert.Contains("Oficina|Oficina Comunicaciones|4|2|2|2|0|0|50,0", lines);
        Assert.Contains("Oficina|Gobierno Digital|4|2|1|2|0|0|50,0", lines);
        Assert.Contains("Oficina|Control Interno|1|1|1|0|0|0|100,0", lines);
    }

    [Fact]
    public async Task The_final_report_counts_what_was_done_by_the_closing_deadline()
    {
        var path = Cli.PathOf("final.csv");
        await Cli.SucceedAsync("report", "--final", "--year", "2022", "--out", path);

        Assert.Equal($"Total|{SampleFiles.Entity}|18|7|5|11|1|0|38,9", ReportTables.FromCsv(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken))[0]);
    }

    [Fact]
    public async Task Text_from_the_database_is_escaped_in_the_html()
    {
        var html = System.Text.Encoding.UTF8.GetString(await ReportAsync("2022-04-30", "html"));

        Assert.Contains("Seguimiento de compromisos de enero &lt;b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("enero <b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cut_off_without_a_plan_is_refused_with_exit_code_2_and_writes_nothing()
    {
        var path = Cli.PathOf("none.html");
        var result = await Cli.RunAsync("report", "--cutoff", "2019-04-30", "--out", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("No hay plan 2019", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task An_unknown_format_is_refused_with_exit_code_2()
    {
        var result = await Cli.RunAsync("report", "--cutoff", "2022-04-30", "--format", "pdf");

        Assert.Equal(2, result.ExitCode);
    }

    private async Task<byte[]> ReportAsync(string cutOff, string format)
    {
        var path = Cli.PathOf($"seguimiento-{cutOff}.{format}");
        var stdout = await Cli.SucceedAsync("report", "--cutoff", cutOff, "--format", format, "--out", path);
        Assert.Contains(path, stdout, StringComparison.Ordinal);
        return await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken);
    }
}
