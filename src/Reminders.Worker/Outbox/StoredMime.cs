using System.IO.Compression;

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
    /// <summary>The <c>compression</c> value of a zlib-compressed body.</summary>
    public const string Zlib = "zlib";

    public static byte[] Compress(byte[] mime)
    {
        ArgumentNullException.ThrowIfNull(mime);
        return Compress(mime.AsSpan());
    }

    /// <inheritdoc cref="Compress(byte[])"/>
    public static byte[] Compress(ReadOnlySpan<byte> mime)
    {
        using var stream = new MemoryStream((mime.Length / 4) + 64);
        using (var zlib = new ZLibStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(mime);
        }

        return stream.ToArray();
    }

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
                throw new InvalidDataException($"El cuerpo de un mensaje del outbox está comprimido con «{compression}», que esta versión no conoce.");
        }
    }
}
