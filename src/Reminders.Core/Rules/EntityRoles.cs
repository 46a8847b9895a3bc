namespace Reminders.Core.Rules;

/// <summary>The entity's supervisor addresses (the database's, or <c>Reminders:Roles</c> when it has none).</summary>
public sealed record EntityRoles(string? Coordinator, string? ControlInterno);
