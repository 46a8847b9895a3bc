namespace Reminders.Worker.Cli;

/// <summary>The documented JSON of one office in <c>offices list --json</c>.</summary>
public sealed record OfficeJson(string Entity, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Emails, string? Head, string Language);
