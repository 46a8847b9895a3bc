using Reminders.Core.Plans;

namespace Reminders.Core.Digests;

/// <summary>The one message an office gets on a run: all its open items, overdue, due soon and ongoing.</summary>
/// <param name="Key">The message key, unique per office and run date; the Message-ID derives from it.</param>
/// <param name="Office">The office whose items these are.</param>
/// <param name="To">The office's addresses, or the coordinator's when the office has none.</param>
/// <param name="Cc">Escalation recipients copied on the office's overdue reminders.</param>
/// <param name="Unaddressed">True when the office has no address and the digest goes to the coordinator ("sin destinatario").</param>
/// <param name="NotificationKeys">The notification keys (docs/rules.md §2) this message carries.</param>
/// <param name="MissingEscalations">Escalation levels its overdue activities reached whose recipient is not set.</param>
public sealed record Digest(
    string Key,
    string Entity,
    int Year,
    DateOnly RunDate,
    Office Office,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    bool Unaddressed,
    IReadOnlyList<DigestItem> Items,
    IReadOnlyList<string> NotificationKeys,
    IReadOnlyList<MissingEscalation>? MissingEscalations = null)
{
    public IReadOnlyList<MissingEscalation> MissingEscalations { get; } = MissingEscalations ?? [];

    public string Language => Office.Language;

    /// <summary>The office's progress on the digest's plan year (docs/follow-up.md), or null when not computed.</summary>
    public Reports.OfficeProgress? Progress { get; init; }

    /// <summary>Where a reply goes when no intake mailbox is configured: the entity's coordinator, or null.</summary>
    public string? ReplyTo { get; init; }
}
