using MimeKit;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>What <see cref="MessageRenderer"/> needs besides the digest or escalation itself.</summary>
public sealed record RenderingOptions
{
    /// <summary>The sender of every message.</summary>
    public required MailboxAddress From { get; init; }

    /// <summary>Attach <c>plazos.ics</c> with the due dates as all-day events (digests with dated items only).</summary>
    public bool AttachCalendar { get; init; } = true;

    /// <summary>
    /// A folder where an administrator may drop a template with the same name as an embedded one
    /// (for instance <c>digest.es.html.liquid</c>) to replace it; null or empty to use the embedded templates only.
    /// </summary>
    public string? TemplatesDirectory { get; init; }

    /// <summary>The intake mailbox every reply goes to; null to let replies go to the entity's coordinator.</summary>
    public MailboxAddress? ReplyTo { get; init; }

    /// <summary>The key of the reply links' tokens (<c>Mail:Replies:Secret</c>); null or empty for mail without links.</summary>
    public string? ReplySecret { get; init; }

    /// <summary>The entity's name shown in mail when a digest or escalation carries none.</summary>
    public string EntityDisplayName { get; init; } = "";
}
