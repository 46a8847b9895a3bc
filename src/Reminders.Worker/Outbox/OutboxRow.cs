namespace Reminders.Worker.Outbox;

/// <summary>One outbox message as <c>outbox list</c> shows it.</summary>
public sealed record OutboxRow(
    long Id,
    string Kind,
    string Entity,
    string? Office,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string RunDate,
    string State,
    int Attempts,
    IReadOnlyList<string> Items,
    string? Error,
    string? Refused,
    string CreatedAt,
    string? SentAt);
