using System.Text;
using MimeKit;
using Reminders.Worker.Mail.Rendering;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Tests.Mail;

/// <summary>
/// RFC 5322 allows a line of at most 998 octets; a text part with a longer line goes as quoted-printable
/// (<see cref="MimeAssembler.TransferEncoding"/>), bigger and slower to write than 8bit. The built-in templates keep every
/// line of every message under it for texts as long as the real plans' longest, so nearly every part goes as 8bit
/// (docs/mail.md, "Reply links").
/// </summary>
public class LineLengthTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    // As long as the longest activity of the real plans (~200 characters), accented as Spanish is.
    private const string LongActivity = "Realizar la publicación y socialización del informe de gestión, la rendición de cuentas "
        + "y el seguimiento al Plan Anticorrupción y de Atención al Ciudadano en la página web de la Entidad, sección transparencia.";

    [Theory]
    [InlineData("es", true)]
    [InlineData("en", true)]
    [InlineData("es", false)]
    [InlineData("en", false)]
    public void A_digest_keeps_every_text_part_in_8bit_with_no_line_over_998_octets(string language, bool links)
    {
        var digest = MailSamples.Digest(language);
        digest = digest with { Items = [.. digest.Items.Select(i => i with { Text = LongActivity, Product = LongActivity })] };
        var options = links ? MailSamples.Options() with { ReplySecret = Secret } : MailSamples.Options();

        using var message = new MessageRenderer(options).Render(digest, MailSamples.Now);

        AssertEightBitWithShortLines(message);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void An_escalation_keeps_every_text_part_in_8bit_with_no_line_over_998_octets(string language)
    {
        var escalation = MailSamples.Escalation(language);
        escalation = escalation with { Items = [.. escalation.Items.Select(i => i with { Text = LongActivity })] };

        using var message = new MessageRenderer(MailSamples.Options()).Render(escalation, MailSamples.Now);

        AssertEightBitWithShortLines(message);
    }

    private static void AssertEightBitWithShortLines(MimeMessage message)
    {
        Assert.All(message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment),
            p => Assert.Equal(ContentEncoding.EightBit, p.ContentTransferEncoding));
        using var written = new MemoryStream();
        message.WriteTo(StoredMime.Format, written, TestContext.Current.CancellationToken);
        var lines = Encoding.UTF8.GetString(written.ToArray()).Split("\r\n");
        Assert.DoesNotContain(lines, line => Encoding.UTF8.GetByteCount(line) > MimeAssembler.MaxLineOctets);
        Assert.DoesNotContain(lines, line => line.StartsWith('.'));
    }
}
