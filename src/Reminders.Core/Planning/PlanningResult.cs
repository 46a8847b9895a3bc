using Reminders.Core.Digests;
using Reminders.Core.Rules;

namespace Reminders.Core.Planning;

/// <summary>What a run decided: the new notification keys and the messages that carry the pending ones.</summary>
public sealed record PlanningResult(
    IReadOnlyList<PlannedNotification> Notifications,
    IReadOnlyList<Digest> Digests,
    IReadOnlyList<Escalation> Escalations)
{
    public static PlanningResult Empty { get; } = new([], [], []);

    public bool IsEmpty => Notifications.Count == 0;
}
