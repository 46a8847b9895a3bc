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

    /// <summary>Reports an outcome with <see cref="CancellationToken.None"/>: it must be recorded even when stopping.</summary>
    public async Task ReportAsync(OutgoingMail mail, DeliveryResult result)
    {
        await _reporting.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            await onResult(mail, result, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _reporting.Release();
        }
    }

    public void Dispose() => _reporting.Dispose();
}
