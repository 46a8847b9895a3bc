namespace Reminders.Worker.Data;

/// <summary>Which activities a command is about; null fields do not filter.</summary>
/// <param name="Id">One activity by its id (a reply's subject names it so).</param>
public sealed record ActivityFilter(string? Entity = null, int? Year = null, string? Component = null, string? Number = null, string? Office = null, long? Id = null);
