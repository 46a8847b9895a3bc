namespace Reminders.Core.Options;

/// <summary>One level of the escalation ladder.</summary>
public sealed class EscalationLevelOptions
{
    /// <summary>Reached when an activity is this many days overdue.</summary>
    public int AfterDays { get; set; }

    /// <summary>Recipients: roles (<c>OfficeHead</c>, <c>Coordinator</c>, <c>ControlInterno</c>) or email addresses.</summary>
    public string[] Notify { get; set; } = [];
}
