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
    // Guards the counts below; sessions wait on it (Monitor) for a message another session may still give back.
    private readonly object _gate = new();
    private SmtpSessionException? _firstFailure;
    private bool _drained;
    private int _busy;
    private int _waitingForGiveBack;

    /// <summary>Messages waiting to be taken, for the log of a stopped delivery.</summary>
    public int Waiting => _givenBack.Count + (mails.CanCount ? mails.Count : 0);

    /// <summary>Sessions waiting, with the channel drained, for a message another session may give back (for tests).</summary>
    internal int WaitingForGiveBack
    {
        get
        {
            lock (_gate)
            {
                return _waitingForGiveBack;
            }
        }
    }

    /// <summary>
    /// Takes the next message: one given back by a session that could not be opened first, else the next of the channel,
    /// blocking the session's thread while the caller has none ready yet (it is claiming the next batch). Once the channel
    /// is completed and empty, it still waits while another session is busy (between <see cref="Join"/> and
    /// <see cref="Leave"/>, not waiting here): that session may yet fail to open and give its message back, and had every
    /// other session ended, the message would stay unsent until the next delivery. False once nothing is left to take, or
    /// when <paramref name="cancellationToken"/> stops the wait.
    /// </summary>
    public bool TryTake(out OutgoingMail mail, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_givenBack.TryDequeue(out mail!))
            {
                return true;
            }

            mail = mails.Next(cancellationToken)!;
            if (mail is not null)
            {
                return true;
            }

            if (!WaitForGiveBack(cancellationToken))
            {
                mail = null!;
                return false;
            }
        }
    }

    /// <summary>
    /// A session could not be opened: its message goes back, not attempted (no outcome, no attempt counted), for another
    /// session to take; the session ends.
    /// </summary>
    public void GiveBack(OutgoingMail mail, SmtpSessionException failure)
    {
        _givenBack.Enqueue(mail);
        lock (_gate)
        {
            _firstFailure ??= failure;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// Once every session has ended: the failure that left messages unsent because no session could be opened to send
    /// them (every session failed before the channel was drained, or a message given back found no session left); null
    /// when every message was taken and reported.
    /// </summary>
    public SmtpSessionException? Unsent()
    {
        lock (_gate)
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

    /// <summary>A session starts: until it <see cref="Leave"/>s, sessions that find nothing to take wait for it.</summary>
    public void Join()
    {
        lock (_gate)
        {
            _busy++;
        }
    }

    /// <summary>A session ends (after giving its message back, or with nothing left to take, or failing).</summary>
    public void Leave()
    {
        lock (_gate)
        {
            _busy--;
            Monitor.PulseAll(_gate);
        }
    }

    private void Wake()
    {
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>
    /// The channel is drained: waits, not counted as busy, while another session is busy and nothing is given back. True
    /// when a message was given back (busy again, to take it); false when no session is busy and nothing is given back, or
    /// when <paramref name="cancellationToken"/> stops the wait.
    /// </summary>
    private bool WaitForGiveBack(CancellationToken cancellationToken)
    {
        // Registered outside the lock: disposing it waits for a running callback, which takes the lock.
        using var wake = cancellationToken.Register(Wake);
        lock (_gate)
        {
            _busy--;
            _waitingForGiveBack++;
            try
            {
                while (_givenBack.IsEmpty && _busy > 0 && !cancellationToken.IsCancellationRequested)
                {
                    Monitor.Wait(_gate);
                }
            }
            finally
            {
                _waitingForGiveBack--;
                _busy++;
            }

            if (!_givenBack.IsEmpty)
            {
                return true;
            }

            if (!cancellationToken.IsCancellationRequested)
            {
                _drained = true;
            }

            return false;
        }
    }
}
