using System.Text;
using MimeKit;
using Reminders.Worker.Mail.Rendering;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Tests.Mail;

public class CrlfTextPartTests
{
    private static readonly FormatOptions Lf = Options(NewLineFormat.Unix);

    [Theory]
    [InlineData("")]
    [InlineData("una línea")]
    [InlineData("Planeación\nfin\n")]
    [InlineData("Planeación\r\nfin\r\n")]
    [InlineData("\n\n\r\nmezcla\nde\r\nfinales")]
    public void It_writes_the_bytes_MimeKit_writes_for_the_same_text(string text)
    {
        foreach (var options in new[] { StoredMime.Format, Lf })
        {
            Assert.Equal(MimeKitBytes("html", text, options), Written(new CrlfTextPart("html", text), options));
        }
    }

    [Fact]
    public void It_writes_what_MimeKit_writes_for_random_text_inside_a_multipart()
    {
        var random = new Random(20261203);
        string[] pieces = ["a", "ó", "€", "😀", " ", "\n", "\r\n"];
        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(0, 200); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            foreach (var options in new[] { StoredMime.Format, Lf })
            {
                var expected = Written(Alternative(Reference("html", text.ToString())), options);
                Assert.Equal(expected, Written(Alternative(new CrlfTextPart("html", text.ToString())), options));
            }
        }
    }

    [Fact]
    public void Its_text_reads_back_as_a_text_part_s_does()
    {
        var part = new CrlfTextPart("plain", "Planeación\nfin\r\n");

        Assert.Equal(Reference("plain", "Planeación\nfin\r\n").Text, part.Text);
        Assert.Equal(ContentEncoding.EightBit, part.ContentTransferEncoding);
        Assert.Equal("utf-8", part.ContentType.Charset);
    }

    [Fact]
    public void Given_another_encoding_it_is_written_by_MimeKit_as_its_crlf_text()
    {
        var part = new CrlfTextPart("plain", "Planeación\nfin") { ContentTransferEncoding = ContentEncoding.Base64 };
        var reference = Reference("plain", "Planeación\r\nfin");
        reference.ContentTransferEncoding = ContentEncoding.Base64;

        Assert.Equal(Written(reference, StoredMime.Format), Written(part, StoredMime.Format));
    }

    [Fact]
    public void Given_other_content_it_is_written_by_MimeKit_with_that_content()
    {
        var part = new CrlfTextPart("plain", "Planeación\nfin");
        part.SetText(Encoding.UTF8, "otro\ntexto");
        part.ContentTransferEncoding = ContentEncoding.EightBit;

        Assert.Equal(MimeKitBytes("plain", "otro\ntexto", StoredMime.Format), Written(part, StoredMime.Format));
    }

    private static byte[] MimeKitBytes(string subtype, string text, FormatOptions options) => Written(Reference(subtype, text), options);

    private static TextPart Reference(string subtype, string text)
    {
        var part = new TextPart(subtype);
        part.SetText(Encoding.UTF8, text);
        part.ContentTransferEncoding = ContentEncoding.EightBit;
        return part;
    }

    private static MultipartAlternative Alternative(MimeEntity part)
    {
        var alternative = new MultipartAlternative { part };
        alternative.Boundary = "=-limite";
        return alternative;
    }

    private static byte[] Written(MimeEntity entity, FormatOptions options)
    {
        using var stream = new MemoryStream();
        entity.WriteTo(options, stream);
        return stream.ToArray();
    }

    private static FormatOptions Options(NewLineFormat format)
    {
        var options = FormatOptions.Default.Clone();
        options.NewLineFormat = format;
        return options;
    }
}
