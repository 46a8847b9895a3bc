using System.Text.Json.Serialization;

namespace Reminders.Worker.Outbox;

/// <summary>
/// A rendered message to record in the outbox with the notification keys it carries; serialized, it is one message of
/// <c>preview --json</c> (the key, the keys it carries and the MIME are not shown).
/// </summary>
/// <param name="Items">The activities it lists.</param>
/// <param name="Mime">The whole message as sent, so a retry sends it again identically; empty when only <see cref="Compressed"/>
/// is kept (a message planned to be recorded, not shown).</param>
public sealed record OutboxMessage(
    [property: JsonIgnore] string Key,
    MessageKind Kind,
    string Entity,
    string? Office,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    DateOnly RunDate,
    IReadOnlyList<MessageItem> Items,
    [property: JsonIgnore] IReadOnlyList<string> NotificationKeys,
    [property: JsonIgnore] byte[] Mime)
{
    /// <summary>
    /// <see cref="Mime"/> compressed for storage (<see cref="StoredMime"/>), when the caller compressed it already (planning does,
    /// on the threads that render, so the one that records does not); null: the recorder stores <see cref="Mime"/> as it is.
    /// </summary>
    [JsonIgnore]
    public byte[]? Compressed { get; init; }
}
