namespace Reminders.Worker.Outbox;

/// <summary>The states of an outbox message, stored and shown as <see cref="StoredNames"/> gives them (<c>pending</c>, …).</summary>
public enum OutboxState
{
    Pending,
    Sent,
    Failed,

    /// <summary>Notification keys only: a milestone passed over by a later one, never sent.</summary>
    Superseded,
}
