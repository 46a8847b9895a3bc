namespace Reminders.Worker.Data;

/// <summary>The message behind a change already changed an activity (it was read twice, or by two instances at once); nothing was written.</summary>
public sealed class ChangeAlreadyRecordedException : Exception
{
    public ChangeAlreadyRecordedException()
    {
    }

    public ChangeAlreadyRecordedException(string messageKey)
        : base($"The message {messageKey} already changed an activity.")
    {
    }

    public ChangeAlreadyRecordedException(string messageKey, Exception innerException)
        : base($"The message {messageKey} already changed an activity.", innerException)
    {
    }
}
