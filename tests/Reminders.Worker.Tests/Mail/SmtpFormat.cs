using MimeKit;

namespace Reminders.Worker.Tests.Mail;

/// <summary>The format MailKit writes a message in when it sends it over SMTP.</summary>
internal static class SmtpFormat
{
    /// <summary>What MailKit asks for (SmtpClient clones the options and sets these): CRLF line ends, a final line end.</summary>
    public static FormatOptions Options
    {
        get
        {
            var options = FormatOptions.Default.Clone();
            options.NewLineFormat = NewLineFormat.Dos;
            options.EnsureNewLine = true;
            return options;
        }
    }
}
