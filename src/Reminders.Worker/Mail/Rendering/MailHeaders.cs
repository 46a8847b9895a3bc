namespace Reminders.Worker.Mail.Rendering;

/// <summary>Custom headers the worker adds to its messages.</summary>
public static class MailHeaders
{
    /// <summary>The outbox key the message was composed for.</summary>
    public const string Key = "X-Reminders-Key";
}
