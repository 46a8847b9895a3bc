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
    private readonly MimeContent content;

    public CrlfTextPart(string subtype, string text)
        : base(subtype)
    {
        ArgumentNullException.ThrowIfNull(text);
        ContentType.CharsetEncoding = Encoding.UTF8;
        wire = WireBytes(text);
        content = new MimeContent(new MemoryStream(wire, writable: false));
        Content = content;
        ContentTransferEncoding = ContentEncoding.EightBit;
    }

    public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stream);
        // The copy is only the part's own CRLF bytes, as 8bit: given other content or another encoding, MimeKit writes it.
        if (options.NewLineFormat != NewLineFormat.Dos || ContentTransferEncoding != ContentEncoding.EightBit || !ReferenceEquals(Content, content))
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
        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            var utf8 = rented.AsSpan(0, Encoding.UTF8.GetBytes(text, rented));
            var bytes = new byte[utf8.Length + LineEnds.BareLineFeeds(utf8)];
            LineEnds.AddCarriageReturns(utf8, bytes);
            return bytes;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
