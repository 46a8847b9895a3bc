namespace Reminders.Worker.Outbox;

/// <summary>The states of an outbox message, as stored and shown.</summary>
public static class OutboxState
{
    public const string Pending = "pending";
    public const string Sent = "sent";
    public const string Failed = "failed";

    /// <summary>Notification keys only: a milestone passed over by a later one, never sent.</summary>
    public const string Superseded = "superseded";
}
