using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 7, defect 9: an entity or office name with a line break is refused (exit 2) and creates no record.</summary>
public sealed class RecordNamesCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task An_office_name_with_cr_lf_is_refused_and_creates_no_office()
    {
        var result = await cli.RunAsync("offices", "set", "Secretaría\r\nde Planeación", "--email", "planeacion@ejemplo.gov.co");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("«Secretaría\\r\\nde Planeación» tiene un salto de línea", result.Stderr, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("offices", "list")).EnumerateArray());
    }

    [Fact]
    public async Task An_entity_name_with_cr_lf_is_refused_and_imports_nothing()
    {
        var result = await cli.RunAsync("import", SampleFiles.Path, "--entity", "Alcaldía\r\nde Ejemplo");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("La entidad «Alcaldía\\r\\nde Ejemplo» tiene un salto de línea", result.Stderr, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("entities", "list")).EnumerateArray());
        Assert.Empty((await cli.JsonAsync("activities", "list")).EnumerateArray());
    }
}
