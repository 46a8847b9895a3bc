namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// An administrator's mail template (<c>Mail:TemplatesDirectory</c>) that is not valid Liquid. The message names the file
/// and where; <c>reminders check-config</c> finds it before a run does.
/// </summary>
public sealed class MailTemplateException : InvalidOperationException
{
    public MailTemplateException()
    {
    }

    public MailTemplateException(string message)
        : base(message)
    {
    }

    public MailTemplateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
