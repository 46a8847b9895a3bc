using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Core.Digests;
using Reminders.Worker.Configuration;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Rendering;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>Renders digests and escalations and turns them into outbox messages.</summary>
public sealed class MessageFactory
{
    private readonly MessageRenderer renderer;

    public MessageFactory(IOptions<MailOptions> options, AppPaths paths)
    {
        var mail = options.Value;
        renderer = new MessageRenderer(new RenderingOptions
        {
            From = MailboxAddress.Parse(mail.From),
            AttachCalendar = mail.AttachCalendar,
            TemplatesDirectory = string.IsNullOrWhiteSpace(mail.TemplatesDirectory) ? null : paths.Resolve(mail.TemplatesDirectory),
            ReplyTo = string.IsNullOrWhiteSpace(mail.Replies.Address) ? null : MailboxAddress.Parse(mail.Replies.Address),
            ReplySecret = mail.Replies.Secret,
        });
    }

    public PlannedMessage Create(Digest digest, DateTimeOffset now)
    {
        using var message = renderer.Render(digest, now);
        var items = digest.Items.Select(i => new MessageItem(
            i.Number.ToString(), i.Component, SectionName(i.Section), Date(i.Due), i.Days)).ToList();
        var entry = new OutboxMessage(
            digest.Key, MessageKind.Digest, digest.Entity, digest.Office.Name, digest.To, digest.Cc, message.Subject ?? "", digest.RunDate,
            items, digest.NotificationKeys, Bytes(message));
        return Planned(entry);
    }

    public PlannedMessage Create(Escalation escalation, DateTimeOffset now)
    {
        using var message = renderer.Render(escalation, now);
        var items = escalation.Items.Select(i => new MessageItem(
            i.Number.ToString(), i.Component, "overdue", Date(i.LateSince), i.LateSince.DayNumber - escalation.RunDate.DayNumber)).ToList();
        var entry = new OutboxMessage(
            escalation.Key, MessageKind.Escalation, escalation.Entity, null, [escalation.Recipient], [], message.Subject ?? "", escalation.RunDate,
            items, escalation.NotificationKeys, Bytes(message));
        return Planned(entry);
    }

    /// <summary>Compressed for storage here, on the thread that rendered it, not by the one that records (StoredMime).</summary>
    private static PlannedMessage Planned(OutboxMessage entry) =>
        new(entry with { Compressed = StoredMime.Compress(entry.Mime) });

    private static string SectionName(DigestSection section) => section switch
    {
        DigestSection.Overdue => "overdue",
        DigestSection.DueSoon => "due-soon",
        _ => "ongoing",
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Room for a typical message (digests ~29 KB, escalations ~34 KB) without growing the buffer.</summary>
    private const int InitialCapacity = 64 * 1024;

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream(InitialCapacity);
        message.WriteTo(FormatOptions.Default, stream);
        return stream.ToArray();
    }
}
