namespace Reminders.Core.Options;

/// <summary>The role names an escalation level may notify.</summary>
public static class EscalationRoles
{
    /// <summary>The head (jefe) of each responsible office.</summary>
    public const string OfficeHead = "OfficeHead";

    /// <summary>The PAAC coordinator (by law the planning office).</summary>
    public const string Coordinator = "Coordinator";

    public const string ControlInterno = "ControlInterno";

    public static IReadOnlyList<string> All { get; } = [OfficeHead, Coordinator, ControlInterno];

    /// <summary>The role's canonical name when <paramref name="entry"/> names one (case-insensitive), else null.</summary>
    public static string? Find(string entry)
    {
        var trimmed = entry.AsSpan().Trim();
        foreach (var role in All)
        {
            if (trimmed.Equals(role, StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }
}
