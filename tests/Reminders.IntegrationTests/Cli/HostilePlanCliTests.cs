using System.Text;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>
/// Issue 7, defects 2 to 4 through the real executable: rows with header words are imported, and a quote left open or
/// broken UTF-8 is refused with exit code 2 naming the line, leaving what was imported before exactly as it was.
/// </summary>
public sealed class HostilePlanCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Rows_whose_cells_begin_with_header_words_are_imported_as_activities()
    {
        // Real plans label sub-components «Subcomponente 1 …»: rows 1.1 and 2.1 then name three columns each.
        var lines = SampleFiles.Lines;
        SampleFiles.SetCell(lines, "1.1", 0, "Subcomponente 1 Información");
        SampleFiles.SetCell(lines, "2.1", 0, "Subcomponente 2 Diálogo");
        SampleFiles.SetCell(lines, "1.1", 2, "Actividades de caracterización de los grupos de valor");
        SampleFiles.SetCell(lines, "1.1", 3, "Meta: un documento");
        SampleFiles.SetCell(lines, "2.1", 2, "Actividades de diálogo con la ciudadanía");
        SampleFiles.SetCell(lines, "2.1", 3, "Meta: un acta por reunión");
        var plan = SampleFiles.Write(cli.DataDirectory, "plan.tsv", lines);

        var output = await cli.SucceedAsync("import", plan);

        Assert.Contains("nuevas: 20", output, StringComparison.Ordinal);
        var activity = (await cli.JsonAsync("activities", "list")).EnumerateArray().Single(a => a.GetProperty("number").GetString() == "2.1");
        Assert.Equal("Actividades de diálogo con la ciudadanía", activity.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_plan_longer_than_Import_MaxRows_is_refused_naming_the_setting_and_changes_nothing()
    {
        // The sample has 27 rows: its title, its header, 20 activities, sub-component and footer lines.
        cli.Environment["Import__MaxRows"] = "26";

        var refused = await cli.RunAsync("import", SampleFiles.Path);

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("línea 27: el archivo tiene más de 26 filas (el límite Import:MaxRows)", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("no se importó nada", refused.Stderr, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("activities", "list")).EnumerateArray());

        cli.Environment["Import__MaxRows"] = "27";
        Assert.Contains("nuevas: 20", await cli.SucceedAsync("import", SampleFiles.Path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Import_limit_out_of_range_stops_the_command_naming_the_setting()
    {
        cli.Environment["Import__MaxFileMegabytes"] = "0";

        var result = await cli.RunAsync("import", SampleFiles.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Import:MaxFileMegabytes: 0 no es válido", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_quote_left_open_over_activity_rows_is_refused_naming_both_lines_and_changes_nothing()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        var before = await SnapshotAsync();
        var lines = SampleFiles.Lines;
        var open = SampleFiles.LineOf(lines, "1.2");
        var close = SampleFiles.LineOf(lines, "1.4");
        SampleFiles.SetCell(lines, "1.2", 2, "\"" + lines[open - 1].Split('\t')[2]);
        SampleFiles.SetCell(lines, "1.4", 2, lines[close - 1].Split('\t')[2] + "\"");
        var plan = SampleFiles.Write(cli.DataDirectory, "plan.tsv", lines);

        var result = await cli.RunAsync("import", plan);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"plan.tsv, línea {open}: la comilla (\") que abre una celda en la línea {open} no se cierra hasta la línea {close}", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Invalid_utf8_bytes_are_refused_naming_the_line_and_never_create_a_mojibake_office()
    {
        await cli.SucceedAsync("import", SampleFiles.Path);
        var before = await SnapshotAsync();
        var bytes = File.ReadAllBytes(SampleFiles.Path).ToList();
        var line = SampleFiles.LineOf(SampleFiles.Lines, "3.1");
        var offset = Encoding.UTF8.GetByteCount(string.Join("\n", SampleFiles.Lines.Take(line - 1)) + "\n");
        bytes.Insert(offset + 1, 0xF1);
        var plan = Path.Combine(cli.DataDirectory, "plan.tsv");
        File.WriteAllBytes(plan, [.. bytes]);

        var result = await cli.RunAsync("import", plan);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"plan.tsv, línea {line}: el byte 0xF1 (columna 2 de la línea", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync());
        Assert.DoesNotContain("Ã", before, StringComparison.Ordinal);
    }

    private async Task<string> SnapshotAsync() =>
        (await cli.JsonAsync("activities", "list")).GetRawText() + (await cli.JsonAsync("offices", "list")).GetRawText();
}
