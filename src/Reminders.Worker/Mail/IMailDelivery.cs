namespace Reminders.Worker.Mail;

/// <summary>Sends a batch of messages (SMTP over one reused connection, or a pickup folder).</summary>
public interface IMailDelivery
{
    /// <summary>
    /// Sends <paramref name="batch"/> in order. After each message, <paramref name="onResult"/> is awaited with
    /// its outcome before the next one is sent, so the caller can record it at once. Cancellation stops the batch
    /// after the message in flight; messages not attempted get no callback.
    /// </summary>
    Task SendAsync(
        IReadOnlyList<OutgoingMail> batch,
        Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult,
        CancellationToken cancellationToken);
}
