using System.Threading.Channels;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// The messages shared by parallel SMTP sessions: each message is taken by exactly one session, and outcomes are
/// reported one at a time, so the caller's recording never runs concurrently.
/// </summary>
internal sealed class SmtpBatch(
    ChannelReader<OutgoingMail> mails,
    Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult) : IDisposable
{
    private readonly SemaphoreSlim _reporting = new(1, 1);
    private volatile DeliveryResult? _sessionFailure;

    /// <summary>The transient result every remaining message gets once a session could not be opened.</summary>
    public DeliveryResult? SessionFailure
    {
        get => _sessionFailure;
        set => _sessionFailure = value;
    }

    /// <summary>Messages waiting to be taken, for the log of a stopped delivery.</summary>
    public int Waiting => mails.CanCount ? mails.Count : 0;

    /// <summary>
    /// Takes the next message, blocking the session's thread while the caller has none ready yet (it is claiming the
    /// next batch); false once the channel is completed and empty, or when <paramref name="cancellationToken"/> stops
    /// the wait.
    /// </summary>
    public bool TryTake(out OutgoingMail mail, CancellationToken cancellationToken)
    {
        mail = mails.Next(cancellationToken)!;
        return mail is not null;
    }

    /// <summary>
    /// Reports an outcome with <see cref="CancellationToken.None"/> (it must be recorded even when stopping), waiting for
    /// the caller's recording on the session's own thread: a session sends its next message only once its last outcome is
    /// taken, and the caller's back-pressure holds it there.
    /// </summary>
    public void Report(OutgoingMail mail, DeliveryResult result)
    {
        _reporting.Wait(CancellationToken.None);
        try
        {
            onResult(mail, result, CancellationToken.None).GetAwaiter().GetResult();
        }
        finally
        {
            _reporting.Release();
        }
    }

    public void Dispose() => _reporting.Dispose();
}
