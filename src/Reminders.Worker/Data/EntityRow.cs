namespace Reminders.Worker.Data;

/// <summary>An entity as stored, with its role addresses (null where the configured default applies).</summary>
public sealed record EntityRow(long Id, string Name, string? Coordinator, string? ControlInterno);
