namespace Reminders.Worker.Outbox;

/// <summary>A notification key to record: pending (carried by a message) or superseded (never sent).</summary>
public sealed record NotificationRecord(string Key, string Kind, long ActivityId, long? OfficeId, string? Recipient, string State);
