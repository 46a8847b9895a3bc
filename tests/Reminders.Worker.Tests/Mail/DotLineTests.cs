using System.Text;
using MimeKit;
using Reminders.Worker.Mail.Rendering;
using Reminders.Worker.Reports;
using Reminders.Worker.Tests.Reports;

namespace Reminders.Worker.Tests.Mail;

/// <summary>
/// SMTP's <c>DATA</c> ends at a line holding a lone dot, so a client doubles the dot of every line that starts with one.
/// MailKit does it with a filter that, once it finds such a line, copies the whole message into a buffer of its own, a new
/// one for every message: the CSS rules of the templates (<c>.items td {…}</c>) did this to every digest, which took a
/// quarter of the sending's CPU and more than half of what it allocated (docs/mail.md, "No line starts with a dot"). The
/// messages as stored (<c>MessageFactory</c> writes them so) must have no line that starts with a dot.
/// </summary>
public class DotLineTests
{
    private static readonly MessageRenderer Renderer = new(MailSamples.Options());

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void No_line_of_a_stored_digest_starts_with_a_dot(string language)
    {
        var message = Renderer.Render(MailSamples.Digest(language), MailSamples.Now);

        AssertNoLineStartsWithADot(message);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void No_line_of_a_stored_escalation_starts_with_a_dot(string language)
    {
        var message = Renderer.Render(MailSamples.Escalation(language), MailSamples.Now);

        AssertNoLineStartsWithADot(message);
    }

    [Fact]
    public void No_line_of_a_stored_follow_up_report_starts_with_a_dot()
    {
        var message = FollowUp();

        AssertNoLineStartsWithADot(message);
    }

    [Fact]
    public void A_follow_up_report_sends_its_text_parts_as_8bit_like_a_digest_and_its_workbook_as_base64()
    {
        var message = FollowUp();

        var parts = message.BodyParts.OfType<MimePart>().ToList();
        Assert.Equal(2, parts.OfType<TextPart>().Count());
        Assert.All(parts.OfType<TextPart>(), p => Assert.Equal(ContentEncoding.EightBit, p.ContentTransferEncoding));
        Assert.Equal(ContentEncoding.Base64, Assert.Single(parts, p => p is not TextPart).ContentTransferEncoding);
    }

    [Fact]
    public void No_line_of_the_follow_up_report_page_starts_with_a_dot()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Report(), new DateOnly(2022, 5, 2));

        Assert.DoesNotContain(html.Split('\n'), line => line.StartsWith('.'));
    }

    private static MimeMessage FollowUp() => FollowUpMessage.Create(
        ReportSamples.Report(), "seguimiento|1", new MailboxAddress("PAAC", "paac@ejemplo.gov.co"), ["coordinacion@ejemplo.gov.co"],
        MailSamples.Now, new DateOnly(2022, 5, 2));

    private static void AssertNoLineStartsWithADot(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(FormatOptions.Default, stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');

        Assert.NotEmpty(lines);
        Assert.DoesNotContain(lines, line => line.StartsWith('.'));
    }
}
