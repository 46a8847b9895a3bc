using Reminders.Core.Options;
using Reminders.Core.Rules;

namespace Reminders.Worker.Data;

/// <summary>An entity as stored, with its role addresses (null where the configured default applies).</summary>
public sealed record EntityRow(long Id, string Name, string? Coordinator, string? ControlInterno)
{
    /// <summary>The entity's own role addresses, falling back to <c>Reminders:Roles</c> where it has none.</summary>
    public EntityRoles RolesOr(RolesOptions defaults) => new(
        Coordinator ?? NullIfBlank(defaults.Coordinator),
        ControlInterno ?? NullIfBlank(defaults.ControlInterno));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
