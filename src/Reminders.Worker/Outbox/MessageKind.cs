namespace Reminders.Worker.Outbox;

/// <summary>What an outbox message is: an office's digest, a supervisor's escalation, or the follow-up report.</summary>
public enum MessageKind
{
    Digest,
    Escalation,
    FollowUp,
}
