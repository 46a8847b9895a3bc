namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// Connecting or authenticating failed (server down, untrusted certificate, wrong credentials): no message of
/// the batch can go now. <see cref="Exception.Message"/> is the Spanish explanation for the administrator.
/// </summary>
public sealed class SmtpSessionException : DeliveryUnavailableException
{
    public SmtpSessionException()
    {
    }

    public SmtpSessionException(string message)
        : base(message)
    {
    }

    public SmtpSessionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
