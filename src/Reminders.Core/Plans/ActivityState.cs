namespace Reminders.Core.Plans;

/// <summary>The administrator-set state of an activity. Overdue is derived from the date, not stored.</summary>
public enum ActivityState
{
    Open,
    Done,
    Cancelled,
}
