using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 2: the documented exit codes and a new database created by the first command.</summary>
public sealed class UsageCliTests : IDisposable
{
    private readonly CliRunner cli = new();

    [Fact]
    public async Task Any_command_on_a_fresh_data_folder_creates_the_database_and_succeeds()
    {
        var result = await cli.RunAsync("outbox", "list", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[]", result.Stdout.Trim());
        Assert.True(File.Exists(cli.PathOf("reminders.db")));
    }

    [Fact]
    public async Task An_unknown_option_exits_2_with_a_usage_hint()
    {
        var result = await cli.RunAsync("import", SampleFiles.Path, "--no-such-option");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelled_option_is_named_once_with_the_closest_option_and_its_value_is_not_reported()
    {
        var result = await cli.RunAsync("offices", "set", "Gobierno Digital", "--emial", "tic@ejemplo.gov.co");
        var command = await cli.RunAsync("ofices", "list");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Error: opción desconocida «--emial» en «reminders offices set». ¿Quiso decir «--email»?", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("tic@ejemplo.gov.co", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, command.ExitCode);
        Assert.Contains("Error: «ofices» no es un comando de «reminders». ¿Quiso decir «offices»?", command.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("'list'", command.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Importing_a_missing_file_exits_2_and_names_it()
    {
        var result = await cli.RunAsync("import", "no-existe.tsv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-existe.tsv", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_email_in_offices_set_exits_2_and_changes_nothing()
    {
        var result = await cli.RunAsync("offices", "set", "Gobierno Digital", "--email", "tic@@ejemplo");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("tic@@ejemplo", result.Stderr, StringComparison.Ordinal);
        Assert.Empty((await cli.JsonAsync("offices", "list")).EnumerateArray());
    }

    public void Dispose() => cli.Dispose();
}
