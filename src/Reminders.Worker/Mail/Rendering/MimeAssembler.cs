using System.Text;
using MimeKit;
using Reminders.Core.Text;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// Puts the rendered parts together: headers set through MimeKit's typed properties, multipart/alternative
/// (plain text first, then HTML), wrapped in multipart/mixed with <c>plazos.ics</c> when there is a calendar.
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
        message.Prepare(EncodingConstraint.SevenBit);
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

        var calendar = Text("calendar", body.Calendar);
        calendar.ContentType.Parameters.Add("method", "PUBLISH");
        calendar.ContentDisposition = new ContentDisposition(ContentDisposition.Attachment);
        calendar.FileName = DeadlineCalendar.FileName;
        // Base64 keeps the calendar's CRLF line ends byte for byte, whatever line ends the message is written with.
        calendar.ContentTransferEncoding = ContentEncoding.Base64;
        return new Multipart("mixed") { alternative, calendar };
    }

    private static TextPart Text(string subtype, string content)
    {
        var part = new TextPart(subtype);
        part.SetText(Encoding.UTF8, content);
        return part;
    }
}
