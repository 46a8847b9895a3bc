using System.Text;
using MimeKit;
using Reminders.Core.Text;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// Puts the rendered parts together: headers set through MimeKit's typed properties, multipart/alternative
/// (plain text first, then HTML), wrapped in multipart/mixed with <c>plazos.ics</c> when there is a calendar.
/// Each part's Content-Transfer-Encoding is chosen here, not by MimeKit's <c>Prepare</c>, which scans every byte and
/// quoted-printable-encodes it (about a tenth of a planning run's CPU, docs/benchmarks.md): see <see cref="TransferEncoding"/>.
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
        var alternative = new MultipartAlternative { Text("plain", body.Text), Text("html", body.Html) };
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

    private static TextPart Text(string subtype, string content)
    {
        var encoding = TransferEncoding(content);
        if (encoding == ContentEncoding.EightBit)
        {
            return new CrlfTextPart(subtype, content);
        }

        var part = new TextPart(subtype);
        part.SetText(Encoding.UTF8, content);
        part.ContentTransferEncoding = encoding;
        return part;
    }

    /// <summary>
    /// <c>8bit</c> (RFC 2045 §2.8: the UTF-8 text as it is) when every line is at most 998 octets and the text holds no NUL
    /// and no CR outside a CRLF; quoted-printable otherwise (a description pasted as one very long line). An 8bit part is
    /// smaller and costs nothing to encode; MailKit downconverts it itself when a server does not offer 8BITMIME
    /// (<c>SmtpClient</c> prepares each message for the server's extensions before sending it).
    /// </summary>
    /// <remarks>
    /// A line of at most <see cref="ShortLine"/> characters cannot pass 998 octets, so the text is searched a window of that
    /// many characters at a time, jumping past the window's last line end, and only a window without one is counted in
    /// octets: a few vector searches a part instead of one per line (which was ~1 % of a country's first run).
    /// </remarks>
    internal static ContentEncoding TransferEncoding(string content)
    {
        var text = content.AsSpan();
        if (text.Contains('\0') || HasBareCarriageReturn(text))
        {
            return ContentEncoding.QuotedPrintable;
        }

        var start = 0;
        while (text.Length - start > ShortLine)
        {
            var window = text.Slice(start, ShortLine + 1);
            var last = window.LastIndexOf('\n');
            if (last >= 0)
            {
                start += last + 1;
                continue;
            }

            var end = text[start..].IndexOf('\n');
            var line = end < 0 ? text[start..] : text.Slice(start, end);
            if (Encoding.UTF8.GetByteCount(line.TrimEnd('\r')) > MaxLineOctets)
            {
                return ContentEncoding.QuotedPrintable;
            }

            if (end < 0)
            {
                break;
            }

            start += end + 1;
        }

        return ContentEncoding.EightBit;
    }

    /// <summary>A CR that is not the first half of a CRLF (the last character included).</summary>
    private static bool HasBareCarriageReturn(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('\r'); at >= 0; at = text.IndexOf('\r'))
        {
            if (at + 1 == text.Length || text[at + 1] != '\n')
            {
                return true;
            }

            text = text[(at + 2)..];
        }

        return false;
    }

    /// <summary>The longest line certain to fit in 998 octets: a UTF-16 unit is at most three UTF-8 octets.</summary>
    private const int ShortLine = MaxLineOctets / 3;

    /// <summary>RFC 5322 §2.1.1: a line is at most 998 octets, without its CRLF.</summary>
    internal const int MaxLineOctets = 998;
}
