namespace Reminders.Core.Options;

/// <summary><c>Reminders:Escalation</c>: the escalation ladder.</summary>
public sealed class EscalationOptions
{
    /// <summary>Count <see cref="EscalationLevelOptions.AfterDays"/> in business days (default) or calendar days.</summary>
    public bool InBusinessDays { get; set; } = true;

    /// <summary>The levels, in increasing <see cref="EscalationLevelOptions.AfterDays"/>; level 1 is the first.</summary>
    public EscalationLevelOptions[] Levels { get; set; } = [];

    internal void ApplyDefaults()
    {
        if (Levels.Length == 0)
        {
            Levels =
            [
                new EscalationLevelOptions { AfterDays = 3, Notify = [EscalationRoles.OfficeHead] },
                new EscalationLevelOptions { AfterDays = 10, Notify = [EscalationRoles.Coordinator, EscalationRoles.ControlInterno] },
            ];
        }
    }
}
