using System.Threading.Channels;

namespace Reminders.Worker.Mail;

/// <summary>Sends messages as they come (SMTP over reused connections, or a pickup folder).</summary>
public interface IMailDelivery
{
    /// <summary>
    /// Sends the messages read from <paramref name="mails"/> until it is completed, in order over one connection (over
    /// several, each takes the next). After each message, <paramref name="onResult"/> is awaited with its outcome, so the
    /// caller can record it at once. The delivery's connections stay open while it waits for more messages, so a caller
    /// that claims them a batch at a time writes each batch to the same channel instead of calling again
    /// (docs/architecture.md, "Delivery"). Cancellation stops after the message in flight; messages read but not
    /// attempted get no callback, and what is left in the channel stays there.
    /// </summary>
    Task SendAsync(
        ChannelReader<OutgoingMail> mails,
        Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult,
        CancellationToken cancellationToken);
}
