namespace Reminders.Worker.Data;

/// <summary>A change meant for one activity matched none or several; <see cref="Filter"/> and <see cref="Matches"/> say which.</summary>
public sealed class ActivityNotUniqueException : Exception
{
    public ActivityNotUniqueException()
    {
    }

    public ActivityNotUniqueException(string message)
        : base(message)
    {
    }

    public ActivityNotUniqueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ActivityNotUniqueException(ActivityFilter filter, IReadOnlyList<(string Entity, int Year, string Component)> matches)
        : base($"{matches.Count} activities match {filter}.")
    {
        Filter = filter;
        Matches = matches;
    }

    public ActivityFilter Filter { get; } = new();

    public IReadOnlyList<(string Entity, int Year, string Component)> Matches { get; } = [];
}
