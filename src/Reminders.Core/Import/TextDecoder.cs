using System.Buffers;
using System.Text;

namespace Reminders.Core.Import;

/// <summary>
/// Decodes a text file whose encoding nobody states: a byte-order mark wins; otherwise strict UTF-8. A file with
/// no valid multi-byte UTF-8 sequence at all is Windows-1252 (what Excel on Spanish Windows writes). A file that is
/// UTF-8 but for a few invalid bytes is neither: re-reading it as Windows-1252 would turn every «ó» into «Ã³» and
/// create offices with those names, so it is refused naming the line and the byte (docs/reliability.md).
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text, or null with <paramref name="invalid"/> set to where the first invalid UTF-8 byte is.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out InvalidByte? invalid)
    {
        invalid = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return DecodeUtf8(bytes[3..], 3, out invalid);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var first = FirstInvalid(bytes, out var multiByte);
        if (first < 0)
        {
            return StrictUtf8.GetString(bytes);
        }

        if (!multiByte)
        {
            return Windows1252.GetString(bytes);
        }

        invalid = Describe(bytes, first, 0);
        return null;
    }

    /// <summary>Windows-1252, from the code pages built into .NET.</summary>
    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available.");

    private static string? DecodeUtf8(ReadOnlySpan<byte> bytes, int offset, out InvalidByte? invalid)
    {
        var first = FirstInvalid(bytes, out _);
        invalid = first < 0 ? null : Describe(bytes, first, offset);
        return first < 0 ? StrictUtf8.GetString(bytes) : null;
    }

    /// <summary>The index of the first byte that is not valid UTF-8, or -1; and whether any valid multi-byte sequence precedes or follows.</summary>
    private static int FirstInvalid(ReadOnlySpan<byte> bytes, out bool multiByte)
    {
        // Valid text (almost every file) is told by the vectorised checks; only invalid text is walked rune by rune.
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            multiByte = !System.Text.Ascii.IsValid(bytes);
            return -1;
        }

        multiByte = false;
        var first = -1;
        var index = 0;
        while (index < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed);
            if (status == OperationStatus.Done)
            {
                multiByte |= consumed > 1;
            }
            else if (first < 0)
            {
                first = index;
            }

            index += Math.Max(consumed, 1);
        }

        return first;
    }

    private static InvalidByte Describe(ReadOnlySpan<byte> bytes, int index, int offset)
    {
        var before = bytes[..index];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new InvalidByte(line, index - lineStart + 1, index + offset, bytes[index]);
    }
}
