using System.Buffers;
using System.IO.Compression;
using MimeKit;

namespace Reminders.Worker.Outbox;

/// <summary>
/// How a message's MIME bytes are kept in <c>outbox_bodies</c>: compressed with zlib (RFC 1950) at its fastest level, named
/// in the row's <c>compression</c> column. A day's messages are mostly HTML with inline styles, which zlib's fastest level
/// shrinks about 6.5 times in ~60 µs a message; written as they are, the bytes of a country's first run (3.4 GB at a million
/// activities) took the disk longer than the whole run's budget (docs/benchmarks.md, "Planning a country"). Lossless: a
/// retry still sends the identical message.
/// </summary>
public static class StoredMime
{
    /// <summary>
    /// How a message is written for the outbox: with CRLF line ends on every platform, as SMTP sends it (RFC 5321 §2.3.8).
    /// So delivery sends the stored body as it is, without a copy that adds a CR to each line, and rendering writes the
    /// message without MimeKit's filter that would take them out on Linux (<see cref="FormatOptions.Default"/> follows the
    /// platform). Bodies stored with LF before are still sent right: the body is formatted for the wire when it is sent.
    /// </summary>
    public static FormatOptions Format { get; } = CreateFormat();

    private static FormatOptions CreateFormat()
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        return format;
    }

    /// <summary>The <c>compression</c> value of a zlib-compressed body.</summary>
    public const string Zlib = "zlib";

    public static byte[] Compress(byte[] mime)
    {
        ArgumentNullException.ThrowIfNull(mime);
        return Compress(mime.AsSpan());
    }

    /// <inheritdoc cref="Compress(byte[])"/>
    /// <remarks>Compressed into this thread's buffer, reused, and copied out once (docs/benchmarks.md, "Planning a country", round 14).</remarks>
    public static byte[] Compress(ReadOnlySpan<byte> mime)
    {
        var stream = compressed ??= new MemoryStream(KeptBytes);
        stream.SetLength(0);
        using (var zlib = new ZLibStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(mime);
        }

        var bytes = stream.ToArray();
        if (stream.Capacity > KeptBytes)
        {
            compressed = null;
        }

        return bytes;
    }

    /// <summary>Room for a typical compressed message (3–6 KB) and the largest digests.</summary>
    private const int KeptBytes = 64 * 1024;

    [ThreadStatic]
    private static MemoryStream? compressed;

    /// <summary>The MIME bytes of a stored body; <paramref name="compression"/> is its <c>compression</c> column.</summary>
    public static byte[] Expand(byte[] stored, string? compression)
    {
        ArgumentNullException.ThrowIfNull(stored);
        switch (compression)
        {
            case null:
                return stored;
            case Zlib:
                using (var zlib = new ZLibStream(new MemoryStream(stored, writable: false), CompressionMode.Decompress))
                using (var expanded = new MemoryStream(stored.Length * 8))
                {
                    zlib.CopyTo(expanded);
                    return expanded.ToArray();
                }

            default:
                throw Unknown(compression);
        }
    }

    /// <summary>
    /// The MIME bytes of a compressed stored body inflated into a buffer rented from <see cref="ArrayPool{T}.Shared"/>
    /// (the first <c>Length</c> bytes), which the caller returns when the message is sent: a delivery then allocates no
    /// new array per message (docs/benchmarks.md, "Delivery"). <paramref name="compression"/> must not be null.
    /// </summary>
    public static (byte[] Rented, int Length) ExpandPooled(byte[] stored, string compression)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (compression != Zlib)
        {
            throw Unknown(compression);
        }

        // HTML with inline styles shrinks about 6.5 times: eight times the stored size is enough for nearly every message.
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(4096, stored.Length * 8));
        var length = 0;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(stored, writable: false), CompressionMode.Decompress);
            int read;
            while ((read = zlib.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static InvalidDataException Unknown(string? compression) =>
        new($"El cuerpo de un mensaje del outbox está comprimido con «{compression}», que esta versión no conoce.");
}
