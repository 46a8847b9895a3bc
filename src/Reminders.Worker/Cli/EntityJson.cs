namespace Reminders.Worker.Cli;

/// <summary>The JSON of one entity in <c>entities list --json</c>.</summary>
public sealed record EntityJson(string Name, string? Coordinator, string? ControlInterno, bool CoordinatorFromDefaults, bool ControlInternoFromDefaults);
