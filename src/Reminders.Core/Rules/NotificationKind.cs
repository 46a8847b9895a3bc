namespace Reminders.Core.Rules;

/// <summary>Which rule (docs/rules.md §3–§6) a notification comes from.</summary>
public enum NotificationKind
{
    /// <summary>A due-soon milestone (lead day) of a dated activity.</summary>
    DueSoon,

    /// <summary>The first notice that an activity is overdue.</summary>
    OverdueFirst,

    /// <summary>The weekly reminder of an overdue activity.</summary>
    OverdueWeekly,

    /// <summary>An escalation to a supervisor for one ladder level.</summary>
    Escalation,

    /// <summary>The cadence slot reminder of an ongoing duty.</summary>
    OngoingSlot,

    /// <summary>A lead-day reminder before an ongoing duty's reporting cut-off.</summary>
    CutOffLead,

    /// <summary>An escalation level reached whose recipient is not set: reported once in the office's digest.</summary>
    EscalationUnaddressed,
}
