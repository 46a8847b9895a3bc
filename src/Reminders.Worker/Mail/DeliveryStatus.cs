namespace Reminders.Worker.Mail;

/// <summary>What became of one message handed to a delivery.</summary>
public enum DeliveryStatus
{
    /// <summary>Accepted (for at least one recipient; see <see cref="DeliveryResult.Refused"/>).</summary>
    Sent,

    /// <summary>Not sent for a reason that may pass (connection lost, timeout, 4xx): retry later.</summary>
    TransientFailure,

    /// <summary>Not sent and will not be (5xx, invalid address, every recipient refused): mark failed.</summary>
    PermanentFailure,
}
