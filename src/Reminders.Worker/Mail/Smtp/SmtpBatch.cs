namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// A batch shared by parallel SMTP sessions: each message is taken by exactly one session, and outcomes are reported one
/// at a time, so the caller's recording never runs concurrently.
/// </summary>
internal sealed class SmtpBatch(
    IReadOnlyList<OutgoingMail> batch,
    Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult) : IDisposable
{
    private readonly SemaphoreSlim _reporting = new(1, 1);
    private int _next = -1;
    private volatile DeliveryResult? _sessionFailure;

    /// <summary>The transient result every remaining message gets once a session could not be opened.</summary>
    public DeliveryResult? SessionFailure
    {
        get => _sessionFailure;
        set => _sessionFailure = value;
    }

    public bool TryTake(out OutgoingMail mail, out int remaining)
    {
        var index = Interlocked.Increment(ref _next);
        if (index >= batch.Count)
        {
            mail = null!;
            remaining = 0;
            return false;
        }

        mail = batch[index];
        remaining = batch.Count - index;
        return true;
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
