namespace Reminders.Worker.Mail.Rendering;

/// <summary>The rendered content of one message: plain text, HTML and an optional iCalendar attachment.</summary>
internal sealed record MailBody(string Text, string Html, string? Calendar);
