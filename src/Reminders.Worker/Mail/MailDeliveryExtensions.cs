using System.Threading.Channels;

namespace Reminders.Worker.Mail;

/// <summary>Sending a list of messages known in advance (a test message, a test's batch).</summary>
public static class MailDeliveryExtensions
{
    /// <summary>Sends <paramref name="batch"/> in order, as <see cref="IMailDelivery.SendAsync"/> sends a channel.</summary>
    public static Task SendAsync(
        this IMailDelivery delivery,
        IReadOnlyList<OutgoingMail> batch,
        Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(batch);
        var channel = Channel.CreateUnbounded<OutgoingMail>(new UnboundedChannelOptions { SingleWriter = true });
        foreach (var mail in batch)
        {
            channel.Writer.TryWrite(mail);
        }

        channel.Writer.Complete();
        return delivery.SendAsync(channel.Reader, onResult, cancellationToken);
    }
}
