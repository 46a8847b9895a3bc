using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>
/// An administrator's own mail template (<c>Mail:TemplatesDirectory</c>) that is not valid Liquid: <c>check-config</c>
/// names the file and where, before any run; a run that meets it says so in one line, without a stack trace, and sends
/// nothing made with it.
/// </summary>
public sealed class BrokenTemplateCliTests : IDisposable
{
    private const string Broken = "{% if overdue %}\n<p>{{ entity }</p>\n";

    private readonly CliRunner cli = new();

    public void Dispose() => cli.Dispose();

    [Fact]
    public async Task Check_config_fails_a_template_that_is_not_valid_liquid_and_warns_about_one_whose_name_matches_none()
    {
        var templates = Directory.CreateDirectory(Path.Combine(cli.DataDirectory, "templates")).FullName;
        await File.WriteAllTextAsync(Path.Combine(templates, "digest.es.html.liquid"), Broken, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(templates, "digest.es.txt.liquid"), "Texto propio: {{ office }}", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(templates, "resumen.es.html.liquid"), "<p>{{ office }}</p>", TestContext.Current.CancellationToken);

        var check = await cli.RunAsync("check-config");

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains($"✘ Plantilla {Path.Combine(templates, "digest.es.html.liquid")} (Mail:TemplatesDirectory): no es Liquid válido", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("(2:13)", check.Stdout, StringComparison.Ordinal);
        Assert.Contains($"✔ Plantilla propia {Path.Combine(templates, "digest.es.txt.liquid")}", check.Stdout, StringComparison.Ordinal);
        Assert.Contains($"⚠ Plantilla {Path.Combine(templates, "resumen.es.html.liquid")}: su nombre no es el de ninguna plantilla", check.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Todo en orden", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_that_meets_a_template_that_is_not_valid_liquid_names_it_in_one_line_and_sends_nothing_made_with_it()
    {
        await SampleFiles.ConfigureAsync(cli);
        var templates = Directory.CreateDirectory(Path.Combine(cli.DataDirectory, "templates")).FullName;
        await File.WriteAllTextAsync(Path.Combine(templates, "digest.es.html.liquid"), Broken, TestContext.Current.CancellationToken);

        var run = await cli.RunAsync("send-now", "--as-of", "2022-01-03");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("digest.es.html.liquid' (Mail:TemplatesDirectory) no es Liquid válido", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(cli.PickedUp());
        var failed = Assert.Single((await cli.JsonAsync("outbox", "runs")).EnumerateArray(), r => r.GetProperty("outcome").GetString() == "failed");
        Assert.Contains("Mail:TemplatesDirectory", failed.GetProperty("error").GetString(), StringComparison.Ordinal);

        // Once the file is gone, the next run plans the entity with the shipped templates.
        File.Delete(Path.Combine(templates, "digest.es.html.liquid"));
        await cli.SucceedAsync("send-now", "--as-of", "2022-01-03");
        Assert.NotEmpty(cli.PickedUp());
    }
}
