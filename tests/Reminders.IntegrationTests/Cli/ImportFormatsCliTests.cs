using System.Text;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 2: the same plan as .xlsx or as a Windows-1252 semicolon file imports to exactly what the TSV gives.</summary>
public sealed class ImportFormatsCliTests
{
    [Fact]
    public async Task An_xlsx_copy_of_the_sample_lists_the_same_activities_as_the_tsv()
    {
        var expected = await ListAfterImportAsync(_ => SampleFiles.Path);

        var actual = await ListAfterImportAsync(directory =>
            Workbooks.Write(Path.Combine(directory, "paac.xlsx"), "Componente 3", SampleFiles.Lines));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task A_windows_1252_semicolon_copy_of_the_sample_lists_the_same_activities_as_the_tsv()
    {
        var expected = await ListAfterImportAsync(_ => SampleFiles.Path);

        var actual = await ListAfterImportAsync(directory =>
        {
            var path = Path.Combine(directory, "paac.csv");
            var text = string.Join("\r\n", SampleFiles.Lines.Select(l => string.Join(';', l.Split('\t').Select(Quote))));
            File.WriteAllBytes(path, Windows1252.GetBytes(text));
            return path;
        });

        Assert.Equal(expected, actual);
    }

    private static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    private static string Quote(string cell) =>
        cell.Contains(';', StringComparison.Ordinal) || cell.Contains('"', StringComparison.Ordinal)
            ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : cell;

    private static async Task<string> ListAfterImportAsync(Func<string, string> file)
    {
        using var cli = new CliRunner();
        await cli.SucceedAsync("import", file(cli.DataDirectory));
        return await cli.SucceedAsync("activities", "list", "--json", "--as-of", "2022-01-01");
    }
}
