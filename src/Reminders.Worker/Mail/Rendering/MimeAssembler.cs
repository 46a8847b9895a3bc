using System.Buffers;
using System.Text;
using MimeKit;
using Reminders.Core.Text;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// Puts the rendered parts together: headers set through MimeKit's typed properties, multipart/alternative
/// (plain text first, then HTML), wrapped in multipart/mixed with <c>plazos.ics</c> when there is a calendar.
/// Each part's Content-Transfer-Encoding is chosen here, not by MimeKit's <c>Prepare</c>, which scans every byte and
/// quoted-printable-encodes it (about a tenth of a planning run's CPU, docs/benchmarks.md): see <see cref="TransferEncoding(ReadOnlySpan{byte})"/>.
/// </summary>
internal static class MimeAssembler
{
    public static MimeMessage Assemble(
        string key,
        MailboxAddress from,
        MailboxAddress? replyTo,
        IEnumerable<string> to,
        IEnumerable<string> cc,
        string subject,
        MailBody body,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var message = new MimeMessage { Subject = subject, Date = now };
        // A copy: an address list subscribes to its addresses' Changed event, so adding the one shared From address
        // would make it hold every message ever rendered (the run's memory grew with the country, docs/benchmarks.md).
        message.From.Add(from.Clone());
        message.To.AddRange(to.Select(a => Mailbox(a, key)));
        message.Cc.AddRange(cc.Select(a => Mailbox(a, key)));
        if (message.To.Count == 0)
        {
            throw new InvalidOperationException($"El mensaje {key} no tiene destinatarios.");
        }

        MailHeaders.Apply(message, key, from, replyTo);
        message.Body = Body(body);
        return message;
    }

    /// <summary>Parses one address; an invalid one stops the message with an error that names it.</summary>
    internal static MailboxAddress Mailbox(string address, string key)
    {
        if (!string.IsNullOrWhiteSpace(address)
            && MailboxAddress.TryParse(ParserOptions.Default, address.Trim(), out var mailbox)
            && EmailAddress.IsValid(mailbox.Address))
        {
            return mailbox;
        }

        throw new FormatException($"La dirección de correo '{address}' del mensaje {key} no es válida.");
    }

    private static MimeEntity Body(MailBody body)
    {
        var alternative = new MultipartAlternative { body.Text, body.Html };
        if (body.Calendar is null)
        {
            return alternative;
        }

        var calendar = new TextPart("calendar");
        calendar.SetText(Encoding.UTF8, body.Calendar);
        // Base64 keeps the calendar's CRLF line ends byte for byte, whatever line ends the message is written with.
        calendar.ContentTransferEncoding = ContentEncoding.Base64;
        calendar.ContentType.Parameters.Add("method", "PUBLISH");
        calendar.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment);
        calendar.FileName = DeadlineCalendar.FileName;
        return new Multipart("mixed") { alternative, calendar };
    }

    /// <summary>The part for a rendered text: 8bit as it is sent when it can be, quoted-printable otherwise.</summary>
    internal static TextPart Text(string subtype, StringBuilder content) =>
        CrlfTextPart.TryCreate(subtype, content) ?? QuotedPrintable(subtype, content.ToString());

    /// <inheritdoc cref="Text(string, StringBuilder)"/>
    internal static TextPart Text(string subtype, string content) =>
        CrlfTextPart.TryCreate(subtype, content) ?? QuotedPrintable(subtype, content);

    private static TextPart QuotedPrintable(string subtype, string content)
    {
        var part = new TextPart(subtype);
        part.SetText(Encoding.UTF8, content);
        part.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        return part;
    }

    /// <summary>
    /// <c>8bit</c> (RFC 2045 §2.8: the UTF-8 text as it is) when every line is at most 998 octets and the text holds no NUL
    /// and no CR outside a CRLF; quoted-printable otherwise (a description pasted as one very long line). An 8bit part is
    /// smaller and costs nothing to encode; MailKit downconverts it itself when a server does not offer 8BITMIME
    /// (<c>SmtpClient</c> prepares each message for the server's extensions before sending it).
    /// </summary>
    internal static ContentEncoding TransferEncoding(string content)
    {
        var utf8 = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(content.Length));
        try
        {
            return TransferEncoding(utf8.AsSpan(0, Encoding.UTF8.GetBytes(content, utf8)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(utf8);
        }
    }

    /// <inheritdoc cref="TransferEncoding(string)"/>
    /// <param name="utf8">The text in UTF-8, its line ends as they are (LF or CRLF).</param>
    /// <remarks>
    /// The text is searched a window of 999 octets at a time, jumping past the window's last line feed: a line feed within
    /// 998 octets of a line's start ends a line that fits. Only a window without one is looked at closely (998 octets, then
    /// CRLF, also fits): a few vector searches a part instead of one per line (which was ~1 % of a country's first run).
    /// </remarks>
    internal static ContentEncoding TransferEncoding(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Contains((byte)0) || HasBareCarriageReturn(utf8))
        {
            return ContentEncoding.QuotedPrintable;
        }

        var start = 0;
        while (utf8.Length - start > MaxLineOctets)
        {
            var last = utf8.Slice(start, MaxLineOctets + 1).LastIndexOf((byte)'\n');
            if (last >= 0)
            {
                start += last + 1;
            }
            else if (utf8.Length - start > MaxLineOctets + 1 && utf8[start + MaxLineOctets] == '\r' && utf8[start + MaxLineOctets + 1] == '\n')
            {
                // Exactly 998 octets, then CRLF.
                start += MaxLineOctets + 2;
            }
            else
            {
                return ContentEncoding.QuotedPrintable;
            }
        }

        return ContentEncoding.EightBit;
    }

    /// <summary>A CR that is not the first half of a CRLF (the last byte included).</summary>
    private static bool HasBareCarriageReturn(ReadOnlySpan<byte> text)
    {
        for (var at = text.IndexOf((byte)'\r'); at >= 0; at = text.IndexOf((byte)'\r'))
        {
            if (at + 1 == text.Length || text[at + 1] != '\n')
            {
                return true;
            }

            text = text[(at + 2)..];
        }

        return false;
    }

    /// <summary>RFC 5322 §2.1.1: a line is at most 998 octets, without its CRLF.</summary>
    internal const int MaxLineOctets = 998;
}
