using System.Buffers;
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
    /// <remarks>
    /// Encoded whole into a rented buffer first, then copied a line at a time: CR and LF are single bytes in UTF-8 and no
    /// other character's bytes contain them, so the bytes can be searched as they are.
    /// </remarks>
    internal static byte[] WireBytes(string text)
    {
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var utf8 = rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented));
            var bytes = new byte[utf8.Length + utf8.Count((byte)'\n') - utf8.Count("\r\n"u8)];
            var output = bytes.AsSpan();
            for (var end = utf8.IndexOf((byte)'\n'); end >= 0; end = utf8.IndexOf((byte)'\n'))
            {
                var line = utf8[..end];
                line.CopyTo(output);
                output = output[line.Length..];
                if (!line.EndsWith((byte)'\r'))
                {
                    output[0] = (byte)'\r';
                    output = output[1..];
                }

                output[0] = (byte)'\n';
                output = output[1..];
                utf8 = utf8[(end + 1)..];
            }

            utf8.CopyTo(output);
            return bytes;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
