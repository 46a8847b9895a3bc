namespace Reminders.Worker.Outbox;

/// <summary>One outbox message as <c>outbox list</c> shows it; the field names are the documented JSON contract.</summary>
/// <param name="Items">The activity numbers (<c>1.4</c>).</param>
/// <param name="Activities">The same with their component (<c>III 1.4</c>).</param>
public sealed record OutboxRow(
    long Id,
    MessageKind Kind,
    string Entity,
    string? Office,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string RunDate,
    OutboxState State,
    int Attempts,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Activities,
    string? Error,
    string? Refused,
    string CreatedAt,
    string? SentAt);
