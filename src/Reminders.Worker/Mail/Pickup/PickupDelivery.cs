using System.Globalization;
using System.Threading.Channels;

namespace Reminders.Worker.Mail.Pickup;

/// <summary>
/// Delivers by writing each message to <c>DIRECTORY/ID.eml</c> (a pickup folder for IIS SMTP, Exchange or a
/// person to inspect), atomically. A folder that cannot be written (missing permission, a full disk, a file where the
/// folder should be) is not the message's fault: the delivery ends with <see cref="DeliveryUnavailableException"/>, that
/// message unreported, so no attempt is counted and the next run writes it (docs/rules.md §10).
/// The rate limit (<c>Mail:RateLimitPerMinute</c>) holds here too: the relay that empties the folder sends on.
/// </summary>
public sealed class PickupDelivery(string directory, ISendRateLimiter? rateLimiter = null) : IMailDelivery
{
    /// <summary>The folder messages are written to, as configured (relative paths resolve against the working folder).</summary>
    public string PickupDirectory { get; } = string.IsNullOrWhiteSpace(directory)
        ? throw new ArgumentException("La carpeta de entrega (pickup) no puede estar vacía.", nameof(directory))
        : directory;

    public async Task SendAsync(
        ChannelReader<OutgoingMail> mails,
        Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mails);
        ArgumentNullException.ThrowIfNull(onResult);

        // A stopped run writes nothing more, not even a message already waiting.
        while (!cancellationToken.IsCancellationRequested && await mails.NextAsync(cancellationToken).ConfigureAwait(false) is { } mail)
        {
            if (rateLimiter is not null)
            {
                try
                {
                    await rateLimiter.WaitAsync(null, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    return;
                }
            }

            await WriteAsync(mail).ConfigureAwait(false);
            await onResult(mail, DeliveryResult.Sent($"Escrito en {Path.GetFullPath(PathFor(mail.Id))}"), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The file a message with outbox id <paramref name="id"/> is written to.</summary>
    public string PathFor(long id) => Path.Combine(PickupDirectory, id.ToString(CultureInfo.InvariantCulture) + ".eml");

    private async Task WriteAsync(OutgoingMail mail)
    {
        var path = PathFor(mail.Id);
        try
        {
            // Not cancellable: a message in flight is finished so its outcome can be recorded.
            await EmlWriter.WriteAtomicallyAsync(mail.Message, path, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeliveryUnavailableException(
                $"No se pudo escribir {path} en la carpeta de entrega (Mail:PickupDirectory): {e.Message.TrimEnd('.')}. Revise que la carpeta "
                + "exista o pueda crearse, sus permisos y el espacio libre. Los mensajes no escritos siguen pendientes en el outbox, "
                + "sin contar un intento, y se escriben en la próxima entrega.",
                e);
        }
    }
}
