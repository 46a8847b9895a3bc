using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>
/// Issue 14 through the real executable on a SQLite file: a plan written without activity numbers, with <c>Fecha</c> over
/// <c>Inicio | Fin</c> and <c>Cuatrimestre</c> over <c>1 | 2 | 3</c>, imported, worked on and imported again.
/// </summary>
public sealed class UnnumberedPlanCliTests : IDisposable
{
    private const string Head =
        "6.3 COMPONENTE 3 RENDICIÓN DE CUENTAS.\n"
        + "Elemen\tProducto entregable\tActividades\tCuatrimestre\t\t\tFecha\t\tRespons\n"
        + "\t\t\t1\t2\t3\tInicio\tFin\t\n";

    private const string Team = "INFORMACIÓN\tEstrategia\tConformar el equipo de rendición de cuentas\tX\tX\tX\t1/02/23\t28/02/23\tGerencia\n";
    private const string Results = "\tContenidos\tDivulgar los logros institucionales\t\tX\tX\t2/01/23\t15/12/23\tSIAU\n";
    private const string Hearing = "DIÁLOGO\tEstrategia\tRealizar la audiencia pública\t\t\tX\t1/10/23\t30/11/23\tSIAU\n";
    private const string Schedule = "\tEstrategia\tPublicar el cronograma de diálogos\tX\t\t\t3/02/23\t\tSIAU\n";

    private readonly CliRunner cli = new();

    [Fact]
    public async Task Reimport_with_an_activity_inserted_keeps_state_and_history_with_the_same_text()
    {
        var file = cli.PathOf("paac-2023.tsv");
        await File.WriteAllTextAsync(file, Head + Team + Results + Hearing, Ct);
        await cli.SucceedAsync("import", file);
        await cli.SucceedAsync("activities", "done", "1.2", "--component", "III", "--on", "2023-03-01", "--evidence", "https://ejemplo.gov.co/logros");
        await cli.SucceedAsync("activities", "progress", "2.1", "--component", "III", "--on", "2023-03-02", "--note", "Convocatoria lista");

        await File.WriteAllTextAsync(file, Head + Team.Replace("\tGerencia", "\tGerencia - SIAU", StringComparison.Ordinal)
            + "\tEstrategia\tDefinir la estrategia de rendición de cuentas\tX\t\t\t1/02/23\t30/04/23\tGerencia\n" + Results + Hearing, Ct);
        var report = await cli.JsonAsync("import", file);
        var text = await cli.SucceedAsync("import", file, "--dry-run");

        Assert.Equal(["III 1.2"], Strings(report, "addedActivities"));
        Assert.Equal(["III 1.1"], Strings(report, "changedActivities"));
        Assert.Empty(Strings(report, "removedActivities"));
        Assert.Equal(["III 1.2 → 1.3"], Strings(report, "renumberedActivities"));
        Assert.Contains("sin cambios: 4", text, StringComparison.Ordinal);
        var activities = (await cli.JsonAsync("activities", "list", "--as-of", "2023-03-05")).EnumerateArray().ToDictionary(a => a.GetProperty("number").GetString()!);
        Assert.Equal(("done", "https://ejemplo.gov.co/logros"), (activities["1.3"].GetProperty("state").GetString(), activities["1.3"].GetProperty("evidence").GetString()));
        Assert.Equal("Divulgar los logros institucionales", activities["1.3"].GetProperty("text").GetString());
        Assert.Equal("open", activities["1.2"].GetProperty("state").GetString());
        var history = await cli.JsonAsync("activities", "history", "1.3", "--component", "III");
        Assert.Equal("cumplida", Assert.Single(history.EnumerateArray()).GetProperty("change").GetString());
        var progress = await cli.JsonAsync("activities", "history", "2.1", "--component", "III");
        Assert.Equal("el 2023-03-02: Convocatoria lista", Assert.Single(progress.EnumerateArray()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Activities_list_and_the_dry_run_show_the_start_date_and_the_periods_marked()
    {
        var file = cli.PathOf("paac-2023.tsv");
        await File.WriteAllTextAsync(file, Head + Team + Schedule, Ct);

        var dryRun = await cli.JsonAsync("import", file, "--dry-run");
        await cli.SucceedAsync("import", file);
        var list = await cli.JsonAsync("activities", "list");
        var text = await cli.SucceedAsync("activities", "list");

        Assert.Equal(
            [("1.1", "2023-02-01", "1,2,3", "2023-02-28", true), ("1.2", "2023-02-03", "1", "2023-04-30", true)],
            dryRun.GetProperty("activities").EnumerateArray().Select(a => (
                a.GetProperty("number").GetString(), a.GetProperty("start").GetString(), Periods(a), a.GetProperty("schedule").GetString(),
                a.GetProperty("numberGenerated").GetBoolean())));
        Assert.Contains(
            "las actividades sin fecha del componente III vencen al final del último cuatrimestre marcado (30 de abril, 31 de agosto o 31 de diciembre)",
            Strings(dryRun, "notes"));
        Assert.Contains("Cuatrimestre 2 → cuatrimestre 2 (marca X)", dryRun.GetProperty("columns").EnumerateArray()
            .Select(c => $"{c.GetProperty("header").GetString()} → {c.GetProperty("meaning").GetString()}"));
        Assert.Equal(
            [("1.1", "2023-02-01", "1,2,3", "2023-02-28"), ("1.2", "2023-02-03", "1", "2023-04-30")],
            list.EnumerateArray().Select(a => (a.GetProperty("number").GetString(), a.GetProperty("start").GetString(), Periods(a), a.GetProperty("due").GetString())));
        Assert.Contains("inicio: 2023-02-01; cuatrimestres: 1, 2, 3", text, StringComparison.Ordinal);
        Assert.Contains("inicio: 2023-02-03; cuatrimestres: 1\n", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    private static string Periods(JsonElement activity) => string.Join(',', activity.GetProperty("periods").EnumerateArray().Select(p => p.GetInt32()));

    private static List<string?> Strings(JsonElement report, string name) => [.. report.GetProperty(name).EnumerateArray().Select(e => e.GetString())];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => cli.Dispose();
}
