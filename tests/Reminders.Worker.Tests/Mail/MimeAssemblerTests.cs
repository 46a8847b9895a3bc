using System.Text;
using MimeKit;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class MimeAssemblerTests
{
    [Fact]
    public void Text_with_lines_of_at_most_998_octets_goes_as_8bit()
    {
        // 499 × "ó" (2 octets each) = 998 octets; CRLF and LF line ends alike.
        var text = "Planeación\r\n" + new string('ó', 499) + "\nfin";

        Assert.Equal(ContentEncoding.EightBit, MimeAssembler.TransferEncoding(text));
    }

    [Fact]
    public void A_line_of_999_octets_makes_the_part_quoted_printable()
    {
        Assert.Equal(ContentEncoding.QuotedPrintable, MimeAssembler.TransferEncoding("uno\r\n" + new string('ó', 499) + "a\r\ndos"));
        Assert.Equal(ContentEncoding.QuotedPrintable, MimeAssembler.TransferEncoding(new string('a', 999)));
    }

    [Theory]
    [InlineData("una\rlínea")]
    [InlineData("una\0línea")]
    public void A_bare_carriage_return_or_a_nul_makes_the_part_quoted_printable(string text)
    {
        Assert.Equal(ContentEncoding.QuotedPrintable, MimeAssembler.TransferEncoding(text));
    }

    [Fact]
    public void An_8bit_message_downconverted_for_a_7bit_server_reads_the_same()
    {
        // What MailKit's SmtpClient does before sending to a server without 8BITMIME.
        using var message = MimeAssembler.Assemble(
            "k", new MailboxAddress("PAAC", "paac@ejemplo.gov.co"), null, ["a@ejemplo.gov.co"], [], "Asunto",
            new MailBody("Planeación: 31 de enero de 2022\r\n", "<p>Planeación</p>\r\n", null), new DateTimeOffset(2022, 1, 31, 7, 0, 0, TimeSpan.Zero));
        Assert.All(message.BodyParts.OfType<TextPart>(), p => Assert.Equal(ContentEncoding.EightBit, p.ContentTransferEncoding));

        message.Prepare(EncodingConstraint.SevenBit);
        using var stream = new MemoryStream();
        message.WriteTo(stream, TestContext.Current.CancellationToken);

        Assert.True(stream.ToArray().All(b => b < 128), "a 7-bit message has only ASCII octets");
        stream.Position = 0;
        var parsed = MimeMessage.Load(stream, TestContext.Current.CancellationToken);
        Assert.Equal("Planeación: 31 de enero de 2022\r\n", parsed.TextBody?.ReplaceLineEndings("\r\n"));
        Assert.Equal("<p>Planeación</p>\r\n", parsed.HtmlBody?.ReplaceLineEndings("\r\n"));
        Assert.Equal(Encoding.UTF8.WebName, ((TextPart)parsed.BodyParts.First()).ContentType.Charset, ignoreCase: true);
    }
}
