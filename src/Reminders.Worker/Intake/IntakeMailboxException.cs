namespace Reminders.Worker.Intake;

/// <summary>The intake mailbox could not be reached or refused the login; the message says what to check, in Spanish.</summary>
public sealed class IntakeMailboxException : Exception
{
    public IntakeMailboxException()
    {
    }

    public IntakeMailboxException(string message)
        : base(message)
    {
    }

    public IntakeMailboxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
