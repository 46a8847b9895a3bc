using MimeKit;

namespace Reminders.Worker.Mail;

/// <summary>A rendered message taken from the outbox, with the outbox id it is recorded under.</summary>
public sealed record OutgoingMail(long Id, MimeMessage Message);
