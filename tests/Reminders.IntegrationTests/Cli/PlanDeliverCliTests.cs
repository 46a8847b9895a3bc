using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 10 through the real executable: <c>plan</c> records without delivering, <c>deliver</c> sends only what is due.</summary>
public sealed class PlanDeliverCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task Plan_records_the_day_in_the_outbox_and_delivers_nothing()
    {
        await SampleFiles.ConfigureAsync(cli);

        var output = await cli.SucceedAsync("plan", "--as-of", "2022-02-03");

        var messages = (await cli.JsonAsync("outbox", "list")).EnumerateArray().ToList();
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Equal("pending", m.GetProperty("state").GetString()));
        Assert.All(messages, m => Assert.Equal("2022-02-03", m.GetProperty("runDate").GetString()));
        Assert.Empty(cli.PickedUp());
        Assert.Contains("reminders deliver", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_sends_what_plan_recorded_once_and_then_finds_nothing_left()
    {
        await SampleFiles.ConfigureAsync(cli);
        await cli.SucceedAsync("plan", "--as-of", "2022-02-03");
        var planned = (await cli.JsonAsync("outbox", "list")).GetArrayLength();

        var first = await cli.SucceedAsync("deliver");
        var second = await cli.SucceedAsync("deliver");

        Assert.Equal(planned, cli.PickedUp().Count);
        Assert.Contains($"entregados {planned}, por reintentar 0, fallidos 0.", first, StringComparison.Ordinal);
        Assert.Contains("entregados 0, por reintentar 0, fallidos 0.", second, StringComparison.Ordinal);
        Assert.All((await cli.JsonAsync("outbox", "list")).EnumerateArray(), m => Assert.Equal("sent", m.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Plan_twice_for_the_same_date_records_nothing_new_the_second_time()
    {
        await SampleFiles.ConfigureAsync(cli);
        await cli.SucceedAsync("plan", "--as-of", "2022-02-03");
        var planned = (await cli.JsonAsync("outbox", "list")).GetArrayLength();

        var again = await cli.SucceedAsync("plan", "--as-of", "2022-02-03");

        Assert.Contains("0 mensaje(s) nuevos", again, StringComparison.Ordinal);
        Assert.Equal(planned, (await cli.JsonAsync("outbox", "list")).GetArrayLength());
    }

    [Fact]
    public async Task Plan_with_an_unreadable_date_exits_2_and_records_nothing()
    {
        await SampleFiles.ConfigureAsync(cli);

        var result = await cli.RunAsync("plan", "--as-of", "31/02/2022");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--as-of", result.Stderr, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("outbox", "list")).EnumerateArray());
    }

    [Theory]
    [InlineData("plan", "--as-of", "2022-02-03")]
    [InlineData("send-now", "--as-of", "2022-02-03")]
    [InlineData("preview", "--as-of", "2022-02-03")]
    public async Task A_run_on_a_database_with_no_plan_says_that_nothing_was_imported(params string[] args)
    {
        var result = await cli.RunAsync(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("la base de datos no tiene ningún plan importado", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("reminders import ARCHIVO --entity NOMBRE", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_with_a_plan_imported_gives_no_such_warning_even_on_a_day_with_nothing_new()
    {
        await SampleFiles.ConfigureAsync(cli);
        await cli.SucceedAsync("plan", "--as-of", "2022-02-03");

        var again = await cli.RunAsync("plan", "--as-of", "2022-02-03");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 mensaje(s) nuevos", again.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("ningún plan importado", again.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => cli.Dispose();
}
