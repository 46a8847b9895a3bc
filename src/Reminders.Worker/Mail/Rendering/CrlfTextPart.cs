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
/// Only for what <see cref="MimeAssembler.TransferEncoding(ReadOnlySpan{byte})"/> sends as <c>8bit</c> (no NUL, no bare CR,
/// lines within 998 octets): <see cref="TryCreate(string, StringBuilder)"/> says null otherwise. Only inside a multipart: MimeKit ends a part that
/// is a message's whole body with a line end, which this copy would not add. Given another transfer encoding afterwards, it
/// is written by MimeKit as the CRLF text it holds (in base64, the CRs are then part of the content). Its bytes are in an
/// array rented from <see cref="ArrayPool{T}.Shared"/> and given back when the part is disposed (as a message disposes its
/// parts): a run that renders and writes a hundred thousand messages allocates no array a part (docs/benchmarks.md, "Planning a country", round 14).
/// </remarks>
internal sealed class CrlfTextPart : TextPart
{
    private byte[]? wire;
    private readonly int length;
    private readonly MimeContent content;

    /// <summary>The part for <paramref name="text"/>, which must be 8bit (<see cref="MimeAssembler.TransferEncoding(string)"/>).</summary>
    public CrlfTextPart(string subtype, string text)
        : this(subtype, TryWire(text.AsSpan()) ?? throw new ArgumentException("The text cannot be sent as 8bit.", nameof(text)))
    {
    }

    private CrlfTextPart(string subtype, (byte[] Rented, int Length) bytes)
        : base(subtype)
    {
        ContentType.CharsetEncoding = Encoding.UTF8;
        (wire, length) = bytes;
        content = new MimeContent(new MemoryStream(wire, 0, length, writable: false));
        Content = content;
        ContentTransferEncoding = ContentEncoding.EightBit;
    }

    /// <summary>The 8bit part for <paramref name="text"/>, or null when it cannot be one (it then needs quoted-printable).</summary>
    public static CrlfTextPart? TryCreate(string subtype, StringBuilder text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryWire(text) is { } bytes ? new CrlfTextPart(subtype, bytes) : null;
    }

    /// <inheritdoc cref="TryCreate(string, StringBuilder)"/>
    public static CrlfTextPart? TryCreate(string subtype, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryWire(text) is { } bytes ? new CrlfTextPart(subtype, bytes) : null;
    }

    public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stream);
        ObjectDisposedException.ThrowIf(wire is null, this);
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

        stream.Write(wire, 0, length);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && wire is not null)
        {
            // The content's stream over the array was disposed above: nothing reads it after this.
            ArrayPool<byte>.Shared.Return(wire);
            wire = null;
        }
    }

    /// <summary>The text in UTF-8 with a CR before every LF that has none (what MimeKit's Unix2Dos filter does); null when not 8bit.</summary>
    internal static (byte[] Rented, int Length)? TryWire(ReadOnlySpan<char> text)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        return WithCarriageReturns(utf8, Encoding.UTF8.GetBytes(text, utf8));
    }

    /// <inheritdoc cref="TryWire(ReadOnlySpan{char})"/>
    internal static (byte[] Rented, int Length)? TryWire(StringBuilder text)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        var encoder = Utf8 ??= Encoding.UTF8.GetEncoder();
        encoder.Reset();
        var written = 0;
        foreach (var chunk in text.GetChunks())
        {
            // A pair of surrogates split between two chunks is kept by the encoder until the next one.
            written += encoder.GetBytes(chunk.Span, utf8.AsSpan(written), flush: false);
        }

        written += encoder.GetBytes([], utf8.AsSpan(written), flush: true);
        return WithCarriageReturns(utf8, written);
    }

    /// <summary>The first <paramref name="length"/> bytes of <paramref name="utf8"/> (rented, given back here) with the CRs added.</summary>
    private static (byte[] Rented, int Length)? WithCarriageReturns(byte[] utf8, int length)
    {
        try
        {
            var text = utf8.AsSpan(0, length);
            if (MimeAssembler.TransferEncoding(text) != ContentEncoding.EightBit)
            {
                return null;
            }

            // Room for a CR before every LF: the pool rounds the size up anyway, so the bare ones need no count of their own.
            var bytes = ArrayPool<byte>.Shared.Rent(length + text.Count((byte)'\n'));
            return (bytes, LineEnds.AddCarriageReturns(text, bytes));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <summary>This thread's UTF-8 encoder, reset before each text.</summary>
    [ThreadStatic]
    private static Encoder? Utf8;
}
