using System.Text.Json.Serialization;

namespace Reminders.Worker.Outbox;

/// <summary>What an outbox message is: an office's digest, a supervisor's escalation, or the follow-up report.</summary>
[JsonConverter(typeof(StoredNameConverter<MessageKind>))]
public enum MessageKind
{
    Digest,
    Escalation,
    FollowUp,
}
