using MimeKit;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// The rendered content of one message: the plain text and HTML parts (<see cref="MimeAssembler.Text(string, System.Text.StringBuilder)"/>)
/// and an optional iCalendar attachment.
/// </summary>
internal sealed record MailBody(TextPart Text, TextPart Html, string? Calendar)
{
    /// <summary>The body of the given texts.</summary>
    public static MailBody Of(string text, string html, string? calendar) =>
        new(MimeAssembler.Text("plain", text), MimeAssembler.Text("html", html), calendar);
}
