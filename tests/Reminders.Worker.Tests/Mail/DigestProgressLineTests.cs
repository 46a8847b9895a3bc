using Reminders.Core.Reports;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class DigestProgressLineTests
{
    private static readonly MessageRenderer Renderer = new(MailSamples.Options());

    [Fact]
    public void A_digest_carries_the_office_progress_line_in_both_parts()
    {
        var message = Renderer.Render(MailSamples.Digest() with { Progress = new OfficeProgress(5, 8) }, MailSamples.Now);

        Assert.Contains("5 de 8 actividades con fecha cumplidas (62,5 %)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("5 de 8 actividades con fecha cumplidas (62,5 %)", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_digest_carries_it_in_English()
    {
        var message = Renderer.Render(MailSamples.Digest(language: "en") with { Progress = new OfficeProgress(1, 3) }, MailSamples.Now);

        Assert.Contains("1 of 3 dated activities done (33.3 %)", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_dated_activities_there_is_no_progress_line()
    {
        var message = Renderer.Render(MailSamples.Digest() with { Progress = new OfficeProgress(0, 0) }, MailSamples.Now);

        Assert.DoesNotContain("actividades con fecha", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("actividades con fecha", message.HtmlBody, StringComparison.Ordinal);
    }
}
