using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>The smaller administrator commands: holidays, entities, cancelling and recording progress.</summary>
public sealed class AdministrationCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Holidays_lists_the_year_as_date_and_name_including_configured_closed_days()
    {
        cli.Environment["Reminders__Calendar__ExtraClosedDays__0"] = "2026-12-24";

        var days = (await cli.JsonAsync("holidays", "--year", "2026", "--json")).EnumerateArray()
            .Select(d => (Date: d.GetProperty("date").GetString(), Name: d.GetProperty("name").GetString())).ToList();

        Assert.Equal(20, days.Count);
        Assert.Contains(days, d => d.Date == "2026-07-13" && d.Name!.Contains("Chiquinquirá", StringComparison.Ordinal));
        Assert.Contains(days, d => d.Date == "2026-12-24");
        Assert.Equal(days.Select(d => d.Date).Order(StringComparer.Ordinal), days.Select(d => d.Date));
    }

    [Fact]
    public async Task Entities_keep_their_own_role_addresses_and_fall_back_to_the_configured_ones()
    {
        await cli.SucceedAsync("entities", "set", "Gobernación del Ejemplo", "--coordinator", "plan@gobernacion.gov.co", "--new");

        var entity = Assert.Single((await cli.JsonAsync("entities", "list", "--json")).EnumerateArray());

        Assert.Equal("plan@gobernacion.gov.co", entity.GetProperty("coordinator").GetString());
        Assert.False(entity.GetProperty("coordinatorFromDefaults").GetBoolean());
        Assert.True(entity.GetProperty("controlInternoFromDefaults").GetBoolean());
        Assert.Equal(2, (await cli.RunAsync("entities", "set", "Gobernación del Ejemplo", "--coordinator", "no-es-correo")).ExitCode);
    }

    [Fact]
    public async Task A_cancelled_activity_leaves_the_digest_and_progress_is_recorded_against_the_ongoing_duty()
    {
        await SampleFiles.ConfigureAsync(cli);

        await cli.SucceedAsync("activities", "cancel", "1.4", "--on", "2022-01-02", "--evidence", "Acta 12");
        await cli.SucceedAsync("activities", "progress", "3,7", "--note", "Seguimiento de enero", "--on", "2022-01-20");

        var cancelled = (await cli.JsonAsync("activities", "list", "--state", "cancelled", "--json")).EnumerateArray().Single();
        Assert.Equal("1.4", cancelled.GetProperty("number").GetString());
        Assert.Equal("Acta 12", cancelled.GetProperty("evidence").GetString());
        var preview = (await cli.JsonAsync("preview", "--as-of", "2022-01-03", "--json")).EnumerateArray().ToList();
        Assert.DoesNotContain(preview, m => m.GetProperty("office").GetString() == "Oficina Comunicaciones");
        Assert.Equal(2, (await cli.RunAsync("activities", "progress", "9.9", "--note", "x")).ExitCode);
        Assert.Equal(2, (await cli.RunAsync("activities", "done", "1.1", "--on", "31-31-2022")).ExitCode);
    }

    [Fact]
    public async Task Preview_for_one_office_accepts_an_alias_and_refuses_an_unknown_name()
    {
        await SampleFiles.ConfigureAsync(cli);
        await cli.SucceedAsync("offices", "set", "Secretaría de Planeación", "--alias", "Planeación Municipal");

        var preview = (await cli.JsonAsync("preview", "--as-of", "2022-01-03", "--office", "planeacion municipal", "--json")).EnumerateArray().ToList();
        var unknown = await cli.RunAsync("preview", "--as-of", "2022-01-03", "--office", "Oficina Inexistente");

        Assert.Equal(["Secretaría de Planeación"], preview.Select(m => m.GetProperty("office").GetString()));
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("Oficina Inexistente", unknown.Stderr, StringComparison.Ordinal);
    }
}
