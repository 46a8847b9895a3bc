using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 2: <c>offices import</c> of a CSV directory, all rows or none.</summary>
public sealed class OfficesImportCliTests : IDisposable
{
    private const string Header = "oficina;correos;jefe;alias;idioma";

    private readonly CliRunner cli = new();

    [Fact]
    public async Task Importing_an_office_csv_sets_the_addresses_of_the_plan_offices()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        var csv = Write("oficinas.csv",
            Header,
            "Secretaria de Planeacion;planeacion@ejemplo.gov.co|plan2@ejemplo.gov.co;jefe.planeacion@ejemplo.gov.co;Planeación Municipal;es",
            "Oficina Comunicaciones;prensa@ejemplo.gov.co;;Oficina de Comunicaciones;en");

        await cli.SucceedAsync("offices", "import", csv);

        var offices = (await cli.JsonAsync("offices", "list")).EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Equal(4, offices.Count);
        var planning = offices["Secretaría de Planeación"];
        Assert.Equal(["planeacion@ejemplo.gov.co", "plan2@ejemplo.gov.co"], planning.GetProperty("emails").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("jefe.planeacion@ejemplo.gov.co", planning.GetProperty("head").GetString());
        Assert.Equal(["Planeación Municipal"], planning.GetProperty("aliases").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("en", offices["Oficina Comunicaciones"].GetProperty("language").GetString());
        Assert.Empty(offices["Gobierno Digital"].GetProperty("emails").EnumerateArray());
    }

    [Fact]
    public async Task An_office_csv_with_one_bad_address_exits_2_names_the_line_and_imports_nothing()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        var before = await cli.SucceedAsync("offices", "list", "--json");
        var csv = Write("oficinas.csv",
            Header,
            "Secretaría de Planeación;planeacion@ejemplo.gov.co;;;es",
            "Gobierno Digital;tic.ejemplo.gov.co;;;es");

        var result = await cli.RunAsync("offices", "import", csv);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("línea 3", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("tic.ejemplo.gov.co", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await cli.SucceedAsync("offices", "list", "--json"));
    }

    private string Write(string name, params string[] lines)
    {
        var path = cli.PathOf(name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }

    public void Dispose() => cli.Dispose();
}
