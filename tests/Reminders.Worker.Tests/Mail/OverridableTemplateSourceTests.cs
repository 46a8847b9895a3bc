using Microsoft.Extensions.Time.Testing;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public sealed class OverridableTemplateSourceTests : IDisposable
{
    private const string Name = "digest.es.txt.liquid";

    private readonly TempDirectory folder = new();
    private readonly FakeTimeProvider time = new();
    private readonly EmbeddedTemplateSource embedded = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_template_without_a_file_in_the_folder_is_the_embedded_one()
    {
        var source = new OverridableTemplateSource(folder.Path, embedded, time);

        Assert.Equal(embedded.Read(Name), source.Read(Name));
    }

    [Fact]
    public void A_file_in_the_folder_replaces_the_embedded_template()
    {
        File.WriteAllText(folder.File(Name), "Texto propio.");
        var source = new OverridableTemplateSource(folder.Path, embedded, time);

        Assert.Equal("Texto propio.", source.Read(Name));
    }

    [Fact]
    public void A_file_dropped_after_a_read_is_used_once_the_recheck_interval_has_passed()
    {
        var source = new OverridableTemplateSource(folder.Path, embedded, time);
        source.Read(Name);

        File.WriteAllText(folder.File(Name), "Texto propio.");
        time.Advance(OverridableTemplateSource.Recheck - TimeSpan.FromMilliseconds(1));
        Assert.Equal(embedded.Read(Name), source.Read(Name));

        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("Texto propio.", source.Read(Name));
    }

    [Fact]
    public void An_edited_or_removed_file_takes_effect_after_the_recheck_interval()
    {
        File.WriteAllText(folder.File(Name), "Primera versión.");
        var source = new OverridableTemplateSource(folder.Path, embedded, time);
        Assert.Equal("Primera versión.", source.Read(Name));

        File.WriteAllText(folder.File(Name), "Segunda versión.");
        time.Advance(OverridableTemplateSource.Recheck);
        Assert.Equal("Segunda versión.", source.Read(Name));

        File.Delete(folder.File(Name));
        time.Advance(OverridableTemplateSource.Recheck);
        Assert.Equal(embedded.Read(Name), source.Read(Name));
    }

    [Fact]
    public void Each_template_name_is_looked_at_on_its_own()
    {
        const string Html = "digest.es.html.liquid";
        File.WriteAllText(folder.File(Name), "Texto propio.");
        var source = new OverridableTemplateSource(folder.Path, embedded, time);
        source.Read(Name);

        File.WriteAllText(folder.File(Html), "<p>Propio</p>");
        Assert.Equal("<p>Propio</p>", source.Read(Html));
    }

    [Theory]
    [InlineData("../digest.es.txt.liquid")]
    [InlineData("sub/digest.es.txt.liquid")]
    [InlineData("sub\\digest.es.txt.liquid")]
    public void A_name_that_leaves_the_folder_is_refused(string name)
    {
        var source = new OverridableTemplateSource(folder.Path, embedded, time);

        Assert.Throws<ArgumentException>(() => source.Read(name));
    }
}
