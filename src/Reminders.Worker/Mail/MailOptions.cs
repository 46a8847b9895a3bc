namespace Reminders.Worker.Mail;

/// <summary>The <c>Mail</c> section: how messages leave the service.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public MailDeliveryKind Delivery { get; set; } = MailDeliveryKind.Pickup;

    public string PickupDirectory { get; set; } = "outbox";

    public string From { get; set; } = "";

    /// <summary>At most this many messages per rolling minute; 0 means unlimited.</summary>
    public int RateLimitPerMinute { get; set; } = 30;

    public bool AttachCalendar { get; set; } = true;

    /// <summary>Folder whose <c>.liquid</c> files override the built-in mail templates (relative to the data directory).</summary>
    public string TemplatesDirectory { get; set; } = "templates";

    /// <summary>Tries before a message that keeps failing transiently is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>First retry delay in seconds; it doubles on each try, up to an hour.</summary>
    public int RetryBaseSeconds { get; set; } = 60;

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Links and <c>Reply-To</c> for reports of completion or progress written from the mail.</summary>
    public ReplyOptions Replies { get; set; } = new();
}
