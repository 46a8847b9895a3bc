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
    [InlineData(998, "\r\n", true)]
    [InlineData(998, "\n", true)]
    [InlineData(998, "", true)]
    [InlineData(999, "\r\n", false)]
    [InlineData(999, "\n", false)]
    [InlineData(999, "", false)]
    [InlineData(997, "\r\n", true)]
    public void A_line_is_measured_in_octets_up_to_its_line_end_whichever_it_is(int octets, string end, bool fits)
    {
        // The line after a short one (and before another when it has a line end) and alone.
        var line = new string('a', octets) + end;
        foreach (var text in new[] { "uno\n" + line + (end.Length > 0 ? "dos" : ""), line })
        {
            Assert.Equal(fits ? ContentEncoding.EightBit : ContentEncoding.QuotedPrintable, MimeAssembler.TransferEncoding(text));
            Assert.Equal(fits ? ContentEncoding.EightBit : ContentEncoding.QuotedPrintable, MimeAssembler.TransferEncoding(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Fact]
    public void A_rendered_text_that_cannot_go_as_8bit_becomes_a_quoted_printable_part_with_the_same_text()
    {
        var text = new StringBuilder("Planeación\n").Append('x', 1200).Append("\nfin");

        var part = MimeAssembler.Text("html", text);

        Assert.IsNotType<CrlfTextPart>(part);
        Assert.Equal(ContentEncoding.QuotedPrintable, part.ContentTransferEncoding);
        Assert.Equal(text.ToString(), part.Text);
    }

    [Theory]
    [InlineData("una\rlínea")]
    [InlineData("una\0línea")]
    public void A_bare_carriage_return_or_a_nul_makes_the_part_quoted_printable(string text)
    {
        Assert.Equal(ContentEncoding.QuotedPrintable, MimeAssembler.TransferEncoding(text));
    }

    [Fact]
    public void A_carriage_return_that_ends_the_text_makes_the_part_quoted_printable()
    {
        Assert.Equal(ContentEncoding.QuotedPrintable, MimeAssembler.TransferEncoding("una línea\r"));
    }

    [Fact]
    public void The_encoding_is_the_one_a_line_by_line_count_gives_for_random_text()
    {
        // Lines around the 998-octet limit, of one-, two-, three- and four-octet characters, with LF, CRLF, bare CRs and NULs.
        var random = new Random(20261203);
        string[] pieces = ["a", "ó", "€", "😀", "\n", "\r\n"];
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            var lines = random.Next(1, 6);
            for (var line = 0; line < lines; line++)
            {
                var piece = pieces[random.Next(4)];
                var count = random.Next(2) == 0 ? random.Next(0, 40) : random.Next(240, 1001) / Encoding.UTF8.GetByteCount(piece);
                text.Insert(text.Length, piece, count);
                text.Append(pieces[random.Next(4, 6)]);
            }

            if (random.Next(20) == 0)
            {
                text.Insert(random.Next(text.Length + 1), random.Next(2) == 0 ? '\r' : '\0');
            }

            var content = text.ToString();
            Assert.Equal(LineByLine(content), MimeAssembler.TransferEncoding(content));
        }
    }

    /// <summary>The rule counted plainly, line by line: the oracle for the windowed search.</summary>
    private static ContentEncoding LineByLine(string content)
    {
        if (content.Contains('\0', StringComparison.Ordinal))
        {
            return ContentEncoding.QuotedPrintable;
        }

        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // A CR is allowed only as the first half of a CRLF, so only a line that an LF ends may end in one.
            var line = i < lines.Length - 1 && lines[i].EndsWith('\r') ? lines[i][..^1] : lines[i];
            if (line.Contains('\r', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(line) > MimeAssembler.MaxLineOctets)
            {
                return ContentEncoding.QuotedPrintable;
            }
        }

        return ContentEncoding.EightBit;
    }

    [Fact]
    public void An_8bit_message_downconverted_for_a_7bit_server_reads_the_same()
    {
        // What MailKit's SmtpClient does before sending to a server without 8BITMIME.
        using var message = MimeAssembler.Assemble(
            "k", new MailboxAddress("PAAC", "paac@ejemplo.gov.co"), null, ["a@ejemplo.gov.co"], [], "Asunto",
            MailBody.Of("Planeación: 31 de enero de 2022\r\n", "<p>Planeación</p>\r\n", null), new DateTimeOffset(2022, 1, 31, 7, 0, 0, TimeSpan.Zero));
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
