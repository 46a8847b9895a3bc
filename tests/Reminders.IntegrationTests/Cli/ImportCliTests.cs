using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 2 through the real executable: importing the sample plan and what the database then shows.</summary>
public sealed class ImportCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task Importing_the_sample_gives_its_twenty_activities_four_offices_one_ongoing_duty_and_shared_activities()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);

        var activities = await cli.JsonAsync("activities", "list");
        string[] expected =
        [
            "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
            "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7",
        ];
        Assert.Equal(expected, activities.EnumerateArray().Select(a => a.GetProperty("number").GetString()));
        Assert.All(activities.EnumerateArray(), a => Assert.Equal("III", a.GetProperty("component").GetString()));

        var offices = await cli.JsonAsync("offices", "list");
        Assert.Equal(
            ["Control Interno", "Gobierno Digital", "Oficina Comunicaciones", "Secretaría de Planeación"],
            offices.EnumerateArray().Select(o => o.GetProperty("name").GetString()).Order(StringComparer.Ordinal));

        var ongoing = Activity(activities, "3.7");
        Assert.Equal("ongoing", ongoing.GetProperty("schedule").GetString());
        Assert.Equal(JsonValueKind.Null, ongoing.GetProperty("due").ValueKind);
        Assert.All(activities.EnumerateArray().Where(a => a.GetProperty("number").GetString() != "3.7"),
            a => Assert.Equal("date", a.GetProperty("schedule").GetString()));

        foreach (var shared in new[] { "1.5", "1.6", "1.7" })
        {
            Assert.Equal(["Gobierno Digital", "Oficina Comunicaciones"], Offices(Activity(activities, shared)));
        }

        Assert.Equal(["Secretaría de Planeación"], Offices(Activity(activities, "1.1")));
        Assert.Equal("2022-01-31", Activity(activities, "1.1").GetProperty("due").GetString());
        Assert.Equal("2022-02-25", Activity(activities, "2.3").GetProperty("due").GetString());
        Assert.Equal("2022-03-31", Activity(activities, "3.6").GetProperty("due").GetString());

        const string SubComponent3 = "RESPONSABILIDAD (Responder a compromisos propuestos, evaluación y retroalimentación en los ejercicios de "
            + "rendición de cuentas con acciones correctivas para mejora).";
        foreach (var number in new[] { "3.1", "3.2", "3.3", "3.7" })
        {
            Assert.EndsWith(SubComponent3, Activity(activities, number).GetProperty("subcomponent").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_copy_with_one_unreadable_date_exits_2_names_the_line_and_column_and_leaves_the_database_unchanged()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        var before = await cli.SucceedAsync("activities", "list", "--json", "--as-of", "2022-01-01");
        var lines = SampleFiles.Lines;
        SampleFiles.SetCell(lines, "2.4", 5, "31 DE FEBRERUARY DE 2022");
        SampleFiles.SetCell(lines, "1.1", 5, "15 DE ENERO DE 2022"); // a good change in the same file is not applied either
        var bad = SampleFiles.Write(cli.DataDirectory, "malo.tsv", lines);
        var line = SampleFiles.LineOf(lines, "2.4");

        var result = await cli.RunAsync("import", bad);
        var json = await cli.RunAsync("import", bad, "--json");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"línea {line}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Fecha Programada", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("malo.tsv", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, json.ExitCode);
        var error = Assert.Single(JsonDocument.Parse(json.Stdout).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("malo.tsv", error.GetProperty("file").GetString());
        Assert.Equal($"línea {line}", error.GetProperty("location").GetString());
        Assert.Equal("Fecha Programada", error.GetProperty("column").GetString());
        Assert.Equal("31 DE FEBRERUARY DE 2022", error.GetProperty("value").GetString());
        var after = await cli.SucceedAsync("activities", "list", "--json", "--as-of", "2022-01-01");
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_dry_run_reports_the_twenty_new_activities_and_writes_nothing()
    {
        var report = await cli.JsonAsync("import", SampleFiles.Path, "--dry-run");

        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(20, report.GetProperty("added").GetInt32());
        Assert.Empty((await cli.JsonAsync("activities", "list")).EnumerateArray());
        Assert.Empty((await cli.JsonAsync("offices", "list")).EnumerateArray());
    }

    [Fact]
    public async Task A_dry_run_in_json_shows_how_each_column_was_understood_and_where_the_component_came_from()
    {
        var file = cli.PathOf("paac-2023-componente-3.tsv");
        await File.WriteAllTextAsync(
            file,
            "Elemen\tProducto entregable\tActividades\tFecha\t\tRespons\n"
            + "\t\t\tInicio\tFin\t\n"
            + "INFORMACIÓN\tEstrategia\tConformar el equipo\t1/02/23\t28/02/23\tSIAU\n",
            TestContext.Current.CancellationToken);

        var report = await cli.JsonAsync("import", file, "--dry-run");

        Assert.Equal(
            [
                "Elemen → subcomponente", "Producto entregable → meta o producto", "Actividades → actividad",
                "Fecha Inicio → fecha de inicio", "Fecha Fin → fecha de vencimiento", "Respons → responsables",
            ],
            report.GetProperty("columns").EnumerateArray().Select(c => $"{c.GetProperty("header").GetString()} → {c.GetProperty("meaning").GetString()}"));
        Assert.Equal(
            [
                "la tabla no tiene fila de título; se usó el componente III del nombre del archivo «paac-2023-componente-3.tsv»",
                "las actividades del componente III (encabezado en línea 1) no tienen número; se numeraron en orden dentro de cada subcomponente",
            ],
            report.GetProperty("notes").EnumerateArray().Select(n => n.GetString()));
        var activity = Assert.Single(report.GetProperty("activities").EnumerateArray());
        Assert.Equal(("1.1", "2023-02-28"), (activity.GetProperty("number").GetString(), activity.GetProperty("schedule").GetString()));
    }

    [Fact]
    public async Task Import_splits_offices_run_together_only_when_every_part_is_a_known_office()
    {
        await cli.SucceedAsync("offices", "set", "Gerencia", "--new", "--email", "gerencia@ejemplo.gov.co");
        await cli.SucceedAsync("offices", "set", "SIAU", "--new", "--email", "siau@ejemplo.gov.co");
        var file = cli.PathOf("paac.tsv");
        await File.WriteAllTextAsync(
            file,
            "Componente 3: Rendición de cuentas\nSubcomponente\tActividades\tResponsable\tFecha\n"
            + "Información\t1.1 Conformar el equipo\tGerencia SIAU\t28/02/23\n"
            + "\t1.2 Divulgar los logros\tGerencia y Talento Humano\t15/12/23\n",
            TestContext.Current.CancellationToken);

        var report = await cli.JsonAsync("import", file);

        Assert.Equal(["Gerencia y Talento Humano"], report.GetProperty("officesCreated").EnumerateArray().Select(o => o.GetString()));
        var activities = await cli.JsonAsync("activities", "list");
        Assert.Equal(["Gerencia", "SIAU"], Offices(Activity(activities, "1.1")));
        Assert.Equal(["Gerencia y Talento Humano"], Offices(Activity(activities, "1.2")));
    }

    private static JsonElement Activity(JsonElement activities, string number) =>
        activities.EnumerateArray().Single(a => a.GetProperty("number").GetString() == number);

    private static List<string?> Offices(JsonElement activity) =>
        [.. activity.GetProperty("offices").EnumerateArray().Select(o => o.GetString())];

    public void Dispose() => cli.Dispose();
}
