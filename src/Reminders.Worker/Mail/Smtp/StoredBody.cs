using System.Buffers;
using MimeKit;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// The body of a stored message (everything after its header block) written as it was stored, without parsing it into
/// parts or formatting it again: only the line ends follow the format asked for (SMTP asks for CRLF; a message stored on
/// Linux has LF), as MimeKit's own new-line filter would do. Its encodings were chosen when it was rendered
/// (seven-bit, <c>MimeAssembler</c>), so preparing it for transport changes nothing.
/// </summary>
internal sealed class StoredBody : MimeEntity
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    private readonly ReadOnlyMemory<byte> _content;
    private readonly bool _eightBit;

    /// <param name="content">The stored bytes after the header block.</param>
    /// <param name="eightBit">Whether they hold eight-bit bytes (8bit parts).</param>
    public StoredBody(ReadOnlyMemory<byte> content, bool eightBit)
        : base(new ContentType("application", "octet-stream"))
    {
        _content = content;
        _eightBit = eightBit;
        // The Content-* headers stay where they were stored, in the message's header block, which the message writes.
        Headers.Clear();
    }

    /// <summary>
    /// MailKit decides on <c>BODY=8BITMIME</c> by visiting the message's parts for an 8bit one; the stored parts are not
    /// parsed, so a body with eight-bit bytes shows the visitor one part standing for them.
    /// </summary>
    public override void Accept(MimeVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        if (_eightBit)
        {
            visitor.Visit(new MimePart("text", "plain") { ContentTransferEncoding = ContentEncoding.EightBit });
            return;
        }

        base.Accept(visitor);
    }

    /// <summary>Nothing to prepare: the stored parts are already encoded for any transport.</summary>
    public override void Prepare(EncodingConstraint constraint, int maxLineLength = 78)
    {
    }

    public override void WriteTo(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stream);
        cancellationToken.ThrowIfCancellationRequested();
        var (rented, written) = Format(options);
        try
        {
            stream.Write(rented is null ? _content.Span : rented.AsSpan(0, written));
        }
        finally
        {
            Return(rented);
        }
    }

    public override async Task WriteToAsync(FormatOptions options, Stream stream, bool contentOnly, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stream);
        var (rented, written) = Format(options);
        try
        {
            await stream.WriteAsync(rented is null ? _content : rented.AsMemory(0, written), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Return(rented);
        }
    }

    /// <summary>
    /// How many bytes <see cref="WriteTo(FormatOptions, Stream, bool, CancellationToken)"/> writes with
    /// <paramref name="options"/>, counted without writing them (<see cref="RecipientTrackingSmtpClient"/> declares it as
    /// the message's SIZE).
    /// </summary>
    internal long FormattedLength(FormatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (dos, changes, missingEnd) = Changes(_content.Span, options);
        return _content.Length + (dos ? changes : -changes) + (missingEnd ? (dos ? 2 : 1) : 0);
    }

    /// <summary>
    /// The content with the line ends <paramref name="options"/> asks for, in a pooled buffer, or no buffer when the stored
    /// content can be written as it is.
    /// </summary>
    internal (byte[]? Rented, int Length) Format(FormatOptions options)
    {
        var content = _content.Span;
        var (dos, changes, missingEnd) = Changes(content, options);
        if (changes == 0 && !missingEnd)
        {
            return (null, content.Length);
        }

        var buffer = ArrayPool<byte>.Shared.Rent(content.Length + changes + 2);
        var length = dos ? LineEnds.AddCarriageReturns(content, buffer) : LineEnds.RemoveCarriageReturns(content, buffer);
        if (missingEnd)
        {
            if (dos)
            {
                buffer[length++] = Cr;
            }

            buffer[length++] = Lf;
        }

        return (buffer, length);
    }

    /// <summary>
    /// What formatting <paramref name="content"/> with <paramref name="options"/> changes: whether line ends become CRLF
    /// (else LF), how many are added a CR (or lose one), and whether a final line end is added.
    /// </summary>
    private static (bool Dos, int Changes, bool MissingEnd) Changes(ReadOnlySpan<byte> content, FormatOptions options)
    {
        var dos = options.NewLineFormat == NewLineFormat.Dos;
        var changes = dos ? LineEnds.BareLineFeeds(content) : LineEnds.CarriageReturnsBeforeLineFeeds(content);
        return (dos, changes, options.EnsureNewLine && (content.IsEmpty || content[^1] != Lf));
    }

    private static void Return(byte[]? rented)
    {
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
