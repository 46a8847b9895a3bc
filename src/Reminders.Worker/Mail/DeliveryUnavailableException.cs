namespace Reminders.Worker.Mail;

/// <summary>
/// Where mail goes cannot take any message now: the SMTP server cannot be reached or refuses the session, or the pickup
/// folder cannot be written. It is not a message's fault, so the messages not handed over stay pending with no attempt
/// counted, and the run ends with this explanation (docs/rules.md §10). <see cref="Exception.Message"/> is the Spanish
/// explanation for the administrator, naming the setting to check.
/// </summary>
public class DeliveryUnavailableException : Exception
{
    public DeliveryUnavailableException()
    {
    }

    public DeliveryUnavailableException(string message)
        : base(message)
    {
    }

    public DeliveryUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
