namespace Reminders.Core.Reports;

/// <summary>How an activity stands at a follow-up cut-off (docs/follow-up.md).</summary>
public enum ActivityStanding
{
    /// <summary>Due by the cut-off and done on or before its due date.</summary>
    Done,

    /// <summary>Due by the cut-off and done after its due date, but by the cut-off.</summary>
    DoneLate,

    /// <summary>Due by the cut-off and not done by it.</summary>
    Overdue,

    /// <summary>Due after the cut-off and not done yet.</summary>
    NotYetDue,

    /// <summary>Due after the cut-off and already done; not counted until it falls due.</summary>
    DoneAhead,

    /// <summary>Ongoing (PERMANENTE) with a progress note in the period.</summary>
    OngoingWithProgress,

    /// <summary>Ongoing (PERMANENTE) without a progress note in the period.</summary>
    OngoingWithoutProgress,

    /// <summary>Cancelled by the cut-off; not counted.</summary>
    Cancelled,
}
