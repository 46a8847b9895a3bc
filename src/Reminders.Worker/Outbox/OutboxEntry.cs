namespace Reminders.Worker.Outbox;

/// <summary>A rendered message to record in the outbox with the notification keys it carries.</summary>
/// <param name="Items">The activities it lists, as <c>III 1.4</c>.</param>
/// <param name="Mime">The whole message as sent, so a retry sends it again identically.</param>
public sealed record OutboxEntry(
    string Key,
    MessageKind Kind,
    string Entity,
    string? Office,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    DateOnly RunDate,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> NotificationKeys,
    byte[] Mime);
