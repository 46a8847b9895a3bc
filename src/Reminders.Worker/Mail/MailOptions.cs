using Reminders.Worker.Mail.Smtp;

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

    public SmtpOptions Smtp { get; set; } = new();
}
