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

    /// <param name="keepMime">False when the message is only recorded (a planning run): it then keeps only the compressed
    /// bytes the outbox stores, not the MIME as well (<see cref="PlannedMessage.Mime"/> expands them when asked).</param>
    public PlannedMessage Create(Digest digest, DateTimeOffset now, bool keepMime = true)
    {
        using var message = renderer.Render(digest, now);
        var items = digest.Items.Select(i => new MessageItem(
            i.Number.ToString(), i.Component, SectionName(i.Section), Date(i.Due), i.Days)).ToList();
        var entry = new OutboxMessage(
            digest.Key, MessageKind.Digest, digest.Entity, digest.Office.Name, digest.To, digest.Cc, message.Subject ?? "", digest.RunDate,
            items, digest.NotificationKeys, []);
        return Planned(entry, message, keepMime);
    }

    /// <inheritdoc cref="Create(Digest, DateTimeOffset, bool)"/>
    public PlannedMessage Create(Escalation escalation, DateTimeOffset now, bool keepMime = true)
    {
        using var message = renderer.Render(escalation, now);
        var items = escalation.Items.Select(i => new MessageItem(
            i.Number.ToString(), i.Component, "overdue", Date(i.LateSince), i.LateSince.DayNumber - escalation.RunDate.DayNumber)).ToList();
        var entry = new OutboxMessage(
            escalation.Key, MessageKind.Escalation, escalation.Entity, null, [escalation.Recipient], [], message.Subject ?? "", escalation.RunDate,
            items, escalation.NotificationKeys, []);
        return Planned(entry, message, keepMime);
    }

    /// <summary>
    /// Written once into this thread's buffer and compressed for storage from there, on the thread that rendered it, not by
    /// the one that records (StoredMime). A recorded message keeps only the compressed bytes: an entity ahead of the recorder
    /// holding both was ~6 times the bytes to carry through collections (docs/benchmarks.md, "Planning a country", round 3).
    /// </summary>
    private static PlannedMessage Planned(OutboxMessage entry, MimeMessage message, bool keepMime)
    {
        var written = Write(message);
        var mime = keepMime ? written.ToArray() : [];
        var compressed = StoredMime.Compress(written.GetBuffer().AsSpan(0, (int)written.Length));
        if (written.Capacity > 4 * InitialCapacity)
        {
            buffer = null;
        }

        return new(entry with { Mime = mime, Compressed = compressed });
    }

    private static string SectionName(DigestSection section) => section switch
    {
        DigestSection.Overdue => "overdue",
        DigestSection.DueSoon => "due-soon",
        _ => "ongoing",
    };

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Room for a typical message (digests ~29 KB, escalations ~34 KB) without growing the buffer.</summary>
    private const int InitialCapacity = 64 * 1024;

    /// <summary>
    /// One buffer per rendering thread, reused for every message it writes: a new 64 KB buffer a message was ~0.7 GB
    /// allocated and zeroed per 10,000 messages (docs/benchmarks.md, "Planning a country", round 2). A buffer that grew for
    /// an unusually large message is dropped rather than kept.
    /// </summary>
    [ThreadStatic]
    private static MemoryStream? buffer;

    /// <summary>The message written into this thread's buffer (valid until the thread writes the next one).</summary>
    private static MemoryStream Write(MimeMessage message)
    {
        var stream = buffer ??= new MemoryStream(InitialCapacity);
        stream.SetLength(0);
        message.WriteTo(StoredMime.Format, stream);
        return stream;
    }
}
