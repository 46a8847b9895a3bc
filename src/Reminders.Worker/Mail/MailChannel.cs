using System.Threading.Channels;

namespace Reminders.Worker.Mail;

/// <summary>How a delivery takes its messages from the caller's channel (<see cref="IMailDelivery.SendAsync"/>).</summary>
internal static class MailChannel
{
    /// <summary>
    /// The next message, waiting while the caller claims more; null once the channel is completed and empty, or when
    /// <paramref name="cancellationToken"/> stops the wait (a message already waiting is still returned).
    /// </summary>
    public static async ValueTask<OutgoingMail?> NextAsync(this ChannelReader<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        OutgoingMail? mail;
        while (!mails.TryRead(out mail))
        {
            try
            {
                if (!await mails.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }

        return mail;
    }

    /// <summary><see cref="NextAsync"/> on a session's own thread, blocking it only while no message is waiting.</summary>
    public static OutgoingMail? Next(this ChannelReader<OutgoingMail> mails, CancellationToken cancellationToken)
    {
        var next = mails.NextAsync(cancellationToken);
        return next.IsCompletedSuccessfully ? next.Result : next.AsTask().GetAwaiter().GetResult();
    }
}
