using System.Text;
using MimeKit;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// An <c>8bit</c> text part whose content is kept as UTF-8 with CRLF line ends, the way SMTP carries it and the outbox stores
/// it (<see cref="Outbox.StoredMime.Format"/>). Written with CRLF line ends, its bytes are copied as they are, where MimeKit
/// would pass every byte of a text part through its newline filter (~4 % of a country's first run, docs/benchmarks.md,
/// round 12). Written any other way (LF line ends for a preview file) it is written by MimeKit like any text part. Either
/// way the bytes are the ones a <see cref="TextPart"/> given the same text through <see cref="TextPart.SetText(Encoding, string)"/>
/// writes: LF becomes CRLF, CRLF stays.
/// </summary>
/// <remarks>
/// Only for what <see cref="MimeAssembler.TransferEncoding"/> sends as <c>8bit</c> (no NUL, no bare CR, lines within 998
/// octets), and only inside a multipart: MimeKit ends a part that is a message's whole body with a line end, which this
/// copy would not add. Given another transfer encoding afterwards, it is written by MimeKit as the CRLF text it holds (in
/// base64, the CRs are then part of the content).
/// </remarks>
internal sealed class CrlfTextPart : TextPart
{
    private readonly byte[] wire;

    public CrlfTextPart(string subtype, string text)
        : base(subtype)
    {
        ArgumentNullException.ThrowIfNull(text);
        ContentType.CharsetEncoding = Encoding.UTF8;
        wire = WireBytes(text);
        Content = new MimeContent(new MemoryStream(wire, writable: false));
        ContentTransferEncoding = ContentEncoding.EightBit;
    }

    public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stream);
        if (options.NewLineFormat != NewLineFormat.Dos || ContentTransferEncoding != ContentEncoding.EightBit || Content is not { } content)
        {
            base.WriteTo(options, stream, contentOnly, cancellationToken);
            return;
        }

        // MimePart writes only the headers of a part without content: those, then the bytes, already in CRLF.
        Content = null;
        try
        {
            base.WriteTo(options, stream, contentOnly, cancellationToken);
        }
        finally
        {
            Content = content;
        }

        stream.Write(wire);
    }

    /// <summary>The text in UTF-8 with a CR before every LF that has none (what MimeKit's Unix2Dos filter does).</summary>
    internal static byte[] WireBytes(string text)
    {
        var rest = text.AsSpan();
        var bytes = new byte[Encoding.UTF8.GetByteCount(rest) + BareLineFeeds(rest)];
        var output = bytes.AsSpan();
        for (var end = rest.IndexOf('\n'); end >= 0; end = rest.IndexOf('\n'))
        {
            var line = rest[..end];
            if (line.EndsWith('\r'))
            {
                line = line[..^1];
            }

            var written = Encoding.UTF8.GetBytes(line, output);
            output[written] = (byte)'\r';
            output[written + 1] = (byte)'\n';
            output = output[(written + 2)..];
            rest = rest[(end + 1)..];
        }

        Encoding.UTF8.GetBytes(rest, output);
        return bytes;
    }

    private static int BareLineFeeds(ReadOnlySpan<char> text)
    {
        var bare = 0;
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n'))
        {
            if (at == 0 || text[at - 1] != '\r')
            {
                bare++;
            }

            text = text[(at + 1)..];
        }

        return bare;
    }
}
