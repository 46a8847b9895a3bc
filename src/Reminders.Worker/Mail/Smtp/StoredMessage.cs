using System.Runtime.InteropServices;
using MimeKit;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// A stored message made ready for MailKit without parsing its body: only the header block is parsed (MailKit takes the
/// sender and the recipients from it, and writes it back from the raw header bytes), and the body is a
/// <see cref="StoredBody"/> that writes the stored bytes as they are. So the server receives the stored bytes (with CRLF
/// line ends), and sending costs no MIME parse, no re-encoding and no formatting of the parts (docs/benchmarks.md,
/// "Delivery"). A body with eight-bit bytes is sent so only to a server that offers 8BITMIME, declared with
/// <c>BODY=8BITMIME</c> (<see cref="StoredBody"/>).
/// </summary>
internal static class StoredMessage
{
    /// <summary>
    /// The message for <paramref name="stored"/>, or null when it cannot be sent as it is: it has no header block, its
    /// headers hold eight-bit bytes, or its body does (8bit parts, as the renderer writes UTF-8 text) and the server does
    /// not offer 8BITMIME (<paramref name="eightBitMime"/>), so the parts must be re-encoded, which only the whole parse
    /// can do.
    /// </summary>
    /// <param name="stored">The stored bytes.</param>
    /// <param name="eightBitMime">Whether the server offers 8BITMIME.</param>
    /// <param name="headerParser">A parser to reuse for the header block (a session's own, one message at a time), so its
    /// buffers are not allocated again for every message; a new one when null.</param>
    public static MimeMessage? TryCreate(ReadOnlyMemory<byte> stored, bool eightBitMime, MimeParser? headerParser = null)
    {
        var bytes = stored.Span;
        var (headerEnd, bodyStart) = HeaderBlock(bytes);
        if (headerEnd <= 0 || bytes[..headerEnd].IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
        {
            return null;
        }

        var eightBit = bytes[bodyStart..].IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0;
        if (eightBit && !eightBitMime)
        {
            return null;
        }

        if (!MemoryMarshal.TryGetArray(stored, out var segment))
        {
            return null;
        }

        HeaderList headers;
        using (var stream = new MemoryStream(segment.Array!, segment.Offset, headerEnd, writable: false))
        {
            if (headerParser is null)
            {
                headerParser = new MimeParser(ParserOptions.Default, stream, MimeFormat.Entity);
            }
            else
            {
                headerParser.SetStream(stream, MimeFormat.Entity);
            }

            headers = headerParser.ParseHeaders();
        }

        // Built from its headers alone: the parameterless constructor would also make up a Date and a Message-Id (a host
        // name lookup each) only for them to be cleared again.
        var message = new MimeMessage(headers);
        message.Body = new StoredBody(stored[bodyStart..], eightBit);
        return message;
    }

    /// <summary>
    /// Where the header block ends (after the line end of its last header) and the body starts (after the empty line);
    /// (0, 0) when there is no empty line.
    /// </summary>
    internal static (int HeaderEnd, int BodyStart) HeaderBlock(ReadOnlySpan<byte> bytes)
    {
        var lineStart = 0;
        while (lineStart < bytes.Length)
        {
            var end = bytes[lineStart..].IndexOf((byte)'\n');
            if (end < 0)
            {
                return (0, 0);
            }

            var line = bytes.Slice(lineStart, end);
            if (line.IsEmpty || (line.Length == 1 && line[0] == (byte)'\r'))
            {
                return (lineStart, lineStart + end + 1);
            }

            lineStart += end + 1;
        }

        return (0, 0);
    }
}
