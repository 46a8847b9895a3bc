namespace Reminders.Worker.Cli;

/// <summary>The administrator's input cannot be used; the message says what, where and what to do. Exit code 2.</summary>
public sealed class InvalidInputException : Exception
{
    public InvalidInputException()
    {
    }

    public InvalidInputException(string message)
        : base(message)
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
