namespace Reminders.Worker.Mail;

/// <summary>Where messages go: a pickup folder of <c>.eml</c> files, or an SMTP server.</summary>
public enum MailDeliveryKind
{
    Pickup,
    Smtp,
}
