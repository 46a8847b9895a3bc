namespace Reminders.Worker.Mail;

/// <summary>The outcome of one message: status, the server's reply (or the error), and any refused recipients.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string Reply, IReadOnlyList<RefusedRecipient> Refused)
{
    public static DeliveryResult Sent(string reply, IReadOnlyList<RefusedRecipient>? refused = null) =>
        new(DeliveryStatus.Sent, reply, refused ?? []);

    public static DeliveryResult Transient(string reply) => new(DeliveryStatus.TransientFailure, reply, []);

    public static DeliveryResult Permanent(string reply, IReadOnlyList<RefusedRecipient>? refused = null) =>
        new(DeliveryStatus.PermanentFailure, reply, refused ?? []);
}
