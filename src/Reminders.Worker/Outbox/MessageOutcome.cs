namespace Reminders.Worker.Outbox;

/// <summary>
/// What became of one claimed message, as the outbox records it: <see cref="OutboxState.Sent"/>,
/// <see cref="OutboxState.Failed"/>, or <see cref="OutboxState.Pending"/> again until <see cref="NextAttempt"/> (a retry).
/// </summary>
public sealed record MessageOutcome(long Id, OutboxState State, string Reply, string? Refused = null, DateTimeOffset? NextAttempt = null);
