using MimeKit;
using Reminders.Worker.Mail.Rendering;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Intake;

/// <summary>The answer to a reply read from the intake mailbox: plain text, threaded under it, marked as an automatic answer.</summary>
internal static class IntakeReply
{
    public static byte[] Create(
        string key, MailboxAddress from, MailboxAddress? replyTo, MailboxAddress to, MimeMessage original, string subject, string text, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = subject, Date = now };
        message.From.Add(from);
        message.To.Add(to);
        MailHeaders.Apply(message, key, from, replyTo);

        // RFC 3834 §5: an answer to a message is "auto-replied"; the reader's own auto-responder stays quiet.
        message.Headers[HeaderId.AutoSubmitted] = "auto-replied";
        if (original.MessageId is { } id)
        {
            message.InReplyTo = id;
            message.References.AddRange(original.References);
            message.References.Add(id);
        }

        message.Body = new TextPart("plain") { Text = text };
        message.Prepare(EncodingConstraint.SevenBit);
        using var stream = new MemoryStream();
        message.WriteTo(StoredMime.Format, stream);
        return stream.ToArray();
    }
}
