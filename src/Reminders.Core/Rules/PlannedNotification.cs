namespace Reminders.Core.Rules;

/// <summary>One notification key planned on a run.</summary>
/// <param name="OfficeId">The office notified (digest notifications); null for escalations.</param>
/// <param name="Recipient">The supervisor's address (escalations); null for digest notifications.</param>
public sealed record PlannedNotification(
    string Key,
    NotificationKind Kind,
    long ActivityId,
    long? OfficeId,
    string? Recipient,
    NotificationState State);
