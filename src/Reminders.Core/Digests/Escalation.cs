namespace Reminders.Core.Digests;

/// <summary>The one escalation message a supervisor gets on a run, covering every activity that reached a level for them.</summary>
/// <param name="Key">The message key, unique per recipient and run date; the Message-ID derives from it.</param>
/// <param name="Recipient">The supervisor's address.</param>
/// <param name="Role">The role the recipient was named by (<c>OfficeHead</c>, <c>Coordinator</c>, <c>ControlInterno</c>) or null for a plain address.</param>
/// <param name="NotificationKeys">The notification keys (docs/rules.md §2) this message carries.</param>
public sealed record Escalation(
    string Key,
    string Entity,
    int Year,
    DateOnly RunDate,
    string Recipient,
    string? Role,
    string Language,
    IReadOnlyList<EscalationItem> Items,
    IReadOnlyList<string> NotificationKeys)
{
    /// <summary>Where a reply goes when no intake mailbox is configured: the entity's coordinator, or null.</summary>
    public string? ReplyTo { get; init; }

    /// <summary>For an office head, the office the escalated activities belong to; null for the coordinator and Control Interno.</summary>
    public string? Office { get; init; }
}
