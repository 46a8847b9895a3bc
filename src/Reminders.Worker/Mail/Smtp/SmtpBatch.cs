using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// The messages shared by parallel SMTP sessions: each message is taken by exactly one session, and outcomes are
/// reported one at a time, so the caller's recording never runs concurrently. A session that cannot be opened gives its
/// message back for another session to send (docs/rules.md §10: a server that cannot be reached costs no attempt).
/// </summary>
internal sealed class SmtpBatch(
    ChannelReader<OutgoingMail> mails,
    Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult) : IDisposable
{
    private readonly SemaphoreSlim _reporting = new(1, 1);
    private readonly ConcurrentQueue<OutgoingMail> _givenBack = new();
    private readonly Lock _lock = new();
    private SmtpSessionException? _firstFailure;
    private bool _drained;

    /// <summary>Messages waiting to be taken, for the log of a stopped delivery.</summary>
    public int Waiting => _givenBack.Count + (mails.CanCount ? mails.Count : 0);

    /// <summary>
    /// Takes the next message: one given back by a session that could not be opened first, else the next of the channel,
    /// blocking the session's thread while the caller has none ready yet (it is claiming the next batch); false once the
    /// channel is completed and empty, or when <paramref name="cancellationToken"/> stops the wait.
    /// </summary>
    public bool TryTake(out OutgoingMail mail, CancellationToken cancellationToken)
    {
        if (_givenBack.TryDequeue(out mail!))
        {
            return true;
        }

        mail = mails.Next(cancellationToken)!;
        if (mail is not null || _givenBack.TryDequeue(out mail!))
        {
            return true;
        }

        if (!cancellationToken.IsCancellationRequested)
        {
            lock (_lock)
            {
                _drained = true;
            }
        }

        return false;
    }

    /// <summary>
    /// A session could not be opened: its message goes back, not attempted (no outcome, no attempt counted), for another
    /// session to take; the session ends.
    /// </summary>
    public void GiveBack(OutgoingMail mail, SmtpSessionException failure)
    {
        _givenBack.Enqueue(mail);
        lock (_lock)
        {
            _firstFailure ??= failure;
        }
    }

    /// <summary>
    /// Once every session has ended: the failure that left messages unsent because no session could be opened to send
    /// them (every session failed before the channel was drained, or a message given back found no session left); null
    /// when every message was taken and reported.
    /// </summary>
    public SmtpSessionException? Unsent()
    {
        lock (_lock)
        {
            return _firstFailure is not null && (!_drained || !_givenBack.IsEmpty) ? _firstFailure : null;
        }
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
