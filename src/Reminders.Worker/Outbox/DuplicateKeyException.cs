namespace Reminders.Worker.Outbox;

/// <summary>Another run (or instance) recorded one of the same keys first; the planning is redone against the outbox.</summary>
public sealed class DuplicateKeyException : Exception
{
    public DuplicateKeyException()
    {
    }

    public DuplicateKeyException(string message)
        : base(message)
    {
    }

    public DuplicateKeyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
