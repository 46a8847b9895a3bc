namespace Reminders.Worker.Data;

/// <summary>An alias given to one office already belongs to another office of the entity.</summary>
public sealed class AliasTakenException : Exception
{
    public AliasTakenException()
    {
    }

    public AliasTakenException(string message)
        : base(message)
    {
    }

    public AliasTakenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AliasTakenException(string alias, long ownerId)
        : base($"The alias '{alias}' belongs to office {ownerId}.")
    {
        Alias = alias;
    }

    public string Alias { get; } = "";
}
