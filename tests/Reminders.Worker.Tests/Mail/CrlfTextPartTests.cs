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
    public void From_a_builder_whose_chunks_split_a_surrogate_pair_it_writes_the_pair_whole()
    {
        // A builder of capacity 1 holds the high half in its first chunk and the low half in the next.
        var text = new StringBuilder(1).Append('\uD83D').Append("\uDE00 fin\nPlaneación\n");
        var chunks = new List<string>();
        foreach (var chunk in text.GetChunks())
        {
            chunks.Add(chunk.ToString());
        }

        Assert.Equal("\uD83D", chunks[0]);
        var part = CrlfTextPart.TryCreate("plain", text);
        Assert.NotNull(part);
        Assert.Equal(Written(Alternative(Reference("plain", text.ToString())), StoredMime.Format), Written(Alternative(part), StoredMime.Format));
    }

    [Theory]
    [InlineData("una\rlínea")]
    [InlineData("una\0línea")]
    [InlineData("una línea de más de 998 octetos: ")]
    public void It_is_not_made_for_text_that_cannot_go_as_8bit(string text)
    {
        var content = text.EndsWith(": ", StringComparison.Ordinal) ? text + new string('x', 999) : text;

        Assert.Null(CrlfTextPart.TryCreate("plain", content));
        Assert.Null(CrlfTextPart.TryCreate("plain", new StringBuilder(content)));
        Assert.Throws<ArgumentException>(() => new CrlfTextPart("plain", content));
    }

    [Fact]
    public void Once_disposed_it_is_not_written()
    {
        var part = new CrlfTextPart("plain", "Planeación\nfin");
        part.Dispose();

        Assert.Throws<ObjectDisposedException>(() => Written(part, StoredMime.Format));
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
