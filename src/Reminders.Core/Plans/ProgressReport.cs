namespace Reminders.Core.Plans;

/// <summary>A progress note recorded for an activity, typically an ongoing duty.</summary>
public sealed record ProgressReport(DateOnly On, string Note, string? Evidence);
