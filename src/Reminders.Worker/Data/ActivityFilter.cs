namespace Reminders.Worker.Data;

/// <summary>Which activities a command is about; null fields do not filter.</summary>
public sealed record ActivityFilter(string? Entity = null, int? Year = null, string? Component = null, string? Number = null, string? Office = null);
