namespace Reminders.Worker.Mail;

/// <summary>
/// Line ends in UTF-8 or ASCII bytes, as MimeKit's new-line filters treat them: an LF with a CR before it is a CRLF, any
/// other LF is bare. CR and LF are single bytes in UTF-8 and no other character's bytes contain them, so encoded text can
/// be searched as it is. Used where messages are rendered (<c>CrlfTextPart</c>) and where stored ones are sent
/// (<c>StoredBody</c>).
/// </summary>
internal static class LineEnds
{
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';

    /// <summary>Line feeds with no carriage return before them.</summary>
    public static int BareLineFeeds(ReadOnlySpan<byte> content)
    {
        var count = 0;
        for (var at = content.IndexOf(Lf); at >= 0; at = Next(content, at))
        {
            if (at == 0 || content[at - 1] != Cr)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Line feeds with a carriage return before them (CRLFs): every line feed that is not bare.</summary>
    public static int CarriageReturnsBeforeLineFeeds(ReadOnlySpan<byte> content) => content.Count(Lf) - BareLineFeeds(content);

    /// <summary>
    /// <paramref name="content"/> copied into <paramref name="buffer"/> with a CR before every bare LF; returns the bytes
    /// written (the content's length and <see cref="BareLineFeeds"/>).
    /// </summary>
    public static int AddCarriageReturns(ReadOnlySpan<byte> content, Span<byte> buffer)
    {
        var written = 0;
        var from = 0;
        for (var at = content.IndexOf(Lf); at >= 0; at = Next(content, at))
        {
            if (at > 0 && content[at - 1] == Cr)
            {
                continue;
            }

            content[from..at].CopyTo(buffer[written..]);
            written += at - from;
            buffer[written++] = Cr;
            from = at;
        }

        content[from..].CopyTo(buffer[written..]);
        return written + content.Length - from;
    }

    /// <summary>
    /// <paramref name="content"/> copied into <paramref name="buffer"/> without the CR of each CRLF; returns the bytes
    /// written.
    /// </summary>
    public static int RemoveCarriageReturns(ReadOnlySpan<byte> content, Span<byte> buffer)
    {
        var written = 0;
        var from = 0;
        for (var at = content.IndexOf(Lf); at >= 0; at = Next(content, at))
        {
            if (at == 0 || content[at - 1] != Cr)
            {
                continue;
            }

            content[from..(at - 1)].CopyTo(buffer[written..]);
            written += at - 1 - from;
            from = at;
        }

        content[from..].CopyTo(buffer[written..]);
        return written + content.Length - from;
    }

    /// <summary>The next line feed after <paramref name="at"/>, or -1.</summary>
    private static int Next(ReadOnlySpan<byte> content, int at)
    {
        var next = content[(at + 1)..].IndexOf(Lf);
        return next < 0 ? -1 : at + 1 + next;
    }
}
