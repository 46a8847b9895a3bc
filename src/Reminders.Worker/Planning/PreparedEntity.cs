using Reminders.Core.Planning;
using Reminders.Core.Rules;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>
/// An entity planned to be recorded, as it waits for the recorder (<see cref="EntitiesAhead{T}"/>): only what its
/// transaction writes (the messages, with their compressed bytes, and the keys), not the plan's digests and escalations,
/// which hold the entity's activities and views and would live on with it.
/// </summary>
/// <param name="IsEmpty">The plan had no notification at all: only the entity's planning-run record is written.</param>
internal sealed record PreparedEntity(IReadOnlyList<OutboxMessage> Messages, IReadOnlyList<PlannedNotification> Records, int Notifications, int Superseded, bool IsEmpty)
{
    public static PreparedEntity Of((PlanningResult Result, List<PlannedMessage> Messages) planned)
    {
        var messages = planned.Messages.ConvertAll(p => p.Entry);
        if (planned.Result.IsEmpty)
        {
            return new PreparedEntity(messages, [], 0, 0, IsEmpty: true);
        }

        var records = ToRecord(planned.Result, planned.Messages);
        return new PreparedEntity(
            messages, records, records.Count(r => r.State == NotificationState.Pending), records.Count(r => r.State == NotificationState.Superseded), IsEmpty: false);
    }

    /// <summary>The notifications to record: the superseded ones and those a message carries.</summary>
    private static List<PlannedNotification> ToRecord(PlanningResult result, List<PlannedMessage> planned)
    {
        var carried = planned.SelectMany(p => p.Entry.NotificationKeys).ToHashSet(StringComparer.Ordinal);
        return result.Notifications.Where(n => n.State == NotificationState.Superseded || carried.Contains(n.Key)).ToList();
    }
}
