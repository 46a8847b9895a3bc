namespace Reminders.Worker.Outbox;

/// <summary>What an outbox message is: an office's digest, a supervisor's escalation, the follow-up report, or an answer to a reply read from the intake mailbox.</summary>
public enum MessageKind
{
    Digest,
    Escalation,
    FollowUp,

    /// <summary>A reply was recorded (<c>Mail:Intake</c>).</summary>
    IntakeConfirmation,

    /// <summary>A reply changed nothing, and why.</summary>
    IntakeRejection,
}
