namespace Reminders.Core.Options;

/// <summary><c>Reminders:Roles</c>: default supervisor addresses; an entity's own addresses in the database override them.</summary>
public sealed class RolesOptions
{
    /// <summary>The PAAC coordinator's address.</summary>
    public string? Coordinator { get; set; }

    /// <summary>Control Interno's address.</summary>
    public string? ControlInterno { get; set; }
}
