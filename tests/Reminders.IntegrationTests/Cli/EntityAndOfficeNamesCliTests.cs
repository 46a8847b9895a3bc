using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>
/// Names an administrator types: the default entity when <c>--entity</c> is left out, and office or entity names that
/// match nothing (typos), which are refused with the closest names instead of creating a record.
/// </summary>
public sealed class EntityAndOfficeNamesCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task With_one_entity_in_the_database_a_command_without_entity_uses_it_not_the_configured_example()
    {
        await cli.SucceedAsync("import", SampleFiles.Path, "--entity", "Municipio X");

        await cli.SucceedAsync("offices", "set", "Gobierno Digital", "--email", "tic@municipiox.gov.co");

        var entities = (await cli.JsonAsync("entities", "list")).EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Municipio X"], entities);
        var office = (await cli.JsonAsync("offices", "list")).EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Gobierno Digital");
        Assert.Equal("Municipio X", office.GetProperty("entity").GetString());
        Assert.Equal(["tic@municipiox.gov.co"], office.GetProperty("emails").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task With_several_entities_and_none_named_the_command_is_refused_listing_them()
    {
        await cli.SucceedAsync("import", SampleFiles.Path, "--entity", "Municipio X");
        await cli.SucceedAsync("import", SampleFiles.Path, "--entity", "Municipio Y");

        var refused = await cli.RunAsync("offices", "set", "Gobierno Digital", "--email", "tic@municipiox.gov.co");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("«Municipio X»", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("«Municipio Y»", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--entity", refused.Stderr, StringComparison.Ordinal);
        var offices = (await cli.JsonAsync("offices", "list")).EnumerateArray().ToList();
        Assert.All(offices, o => Assert.Empty(o.GetProperty("emails").EnumerateArray()));
        Assert.Equal(2, (await cli.JsonAsync("entities", "list")).GetArrayLength());
    }

    [Fact]
    public async Task With_several_entities_the_one_reminders_entity_names_is_the_default()
    {
        await cli.SucceedAsync("import", SampleFiles.Path, "--entity", "Municipio X");
        await cli.SucceedAsync("import", SampleFiles.Path, "--entity", "Municipio Y");
        cli.Environment["Reminders__Entity"] = "municipio y";

        await cli.SucceedAsync("offices", "set", "Gobierno Digital", "--email", "tic@municipioy.gov.co");

        var office = (await cli.JsonAsync("offices", "list", "--entity", "Municipio Y")).EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Gobierno Digital");
        Assert.Equal(["tic@municipioy.gov.co"], office.GetProperty("emails").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_office_no_plan_names_is_refused_with_the_closest_names_unless_new()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        var before = (await cli.JsonAsync("offices", "list")).GetArrayLength();

        var typo = await cli.RunAsync("offices", "set", "Secretaria de Planeacon", "--email", "planeacion@ejemplo.gov.co");

        Assert.True(typo.ExitCode == 2, typo.ToString());
        Assert.Contains("¿Quiso decir «Secretaría de Planeación»", typo.Stderr, StringComparison.Ordinal);
        Assert.Contains("--new", typo.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, (await cli.JsonAsync("offices", "list")).GetArrayLength());

        await cli.SucceedAsync("offices", "set", "SECRETARIA DE PLANEACION", "--email", "planeacion@ejemplo.gov.co");
        await cli.SucceedAsync("offices", "set", "Oficina Jurídica", "--email", "juridica@ejemplo.gov.co", "--new");
        var names = (await cli.JsonAsync("offices", "list")).EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Equal(before + 1, names.Count);
        Assert.Contains("Oficina Jurídica", names);
    }

    [Fact]
    public async Task An_unknown_entity_is_refused_with_the_closest_names_unless_new()
    {
        await cli.SucceedAsync("import", SampleFiles.Path, "--entity", "Alcaldía de Villa Rica");

        var typo = await cli.RunAsync("entities", "set", "Alcaldia de Vila Rica", "--coordinator", "plan@villarica.gov.co");
        var other = await cli.RunAsync("entities", "set", "Otra Entidad", "--coordinator", "plan@otra.gov.co");

        Assert.True(typo.ExitCode == 2, typo.ToString());
        Assert.Contains("¿Quiso decir «Alcaldía de Villa Rica»?", typo.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, other.ExitCode);
        Assert.Equal(1, (await cli.JsonAsync("entities", "list")).GetArrayLength());

        await cli.SucceedAsync("entities", "set", "Otra Entidad", "--coordinator", "plan@otra.gov.co", "--new");
        Assert.Equal(2, (await cli.JsonAsync("entities", "list")).GetArrayLength());
    }

    [Fact]
    public async Task Activities_list_refuses_an_unknown_office_as_preview_does()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);

        var unknown = await cli.RunAsync("activities", "list", "--office", "Oficina Inexistente");
        var known = await cli.JsonAsync("activities", "list", "--office", "gobierno digital");

        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("«Oficina Inexistente»", unknown.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, known.GetArrayLength());
    }
}
