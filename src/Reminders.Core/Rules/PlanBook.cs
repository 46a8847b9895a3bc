namespace Reminders.Core.Rules;

/// <summary>The keys a run plans, each once, never one the outbox already holds.</summary>
internal sealed class PlanBook(IReadOnlySet<string> taken)
{
    private readonly HashSet<string> planned = new(StringComparer.Ordinal);

    public List<PlannedNotification> Notifications { get; } = [];

    /// <summary>True when the outbox held the key before this run.</summary>
    public bool WasTakenBefore(string key) => taken.Contains(key);

    /// <summary>Records the key unless the outbox or this run already has it; true when recorded.</summary>
    public bool Add(string key, NotificationKind kind, long activityId, long? officeId, string? recipient, NotificationState state)
    {
        if (taken.Contains(key) || !planned.Add(key))
        {
            return false;
        }

        Notifications.Add(new PlannedNotification(key, kind, activityId, officeId, recipient, state));
        return true;
    }
}
