namespace Reminders.Worker.Outbox;

/// <summary>What an outbox message is: an office's digest or a supervisor's escalation.</summary>
public enum MessageKind
{
    Digest,
    Escalation,
}
