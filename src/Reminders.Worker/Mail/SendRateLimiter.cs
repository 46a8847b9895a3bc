namespace Reminders.Worker.Mail;

/// <summary>
/// Lets at most <c>perMinute</c> messages start in any rolling minute (Office 365 allows 30); 0 means unlimited.
/// Waits on the given <see cref="TimeProvider"/>, so tests drive it with a fake clock. It counts the messages of this
/// process only: instances sharing a database use <c>Delivery/SharedSendRateLimiter</c> instead.
/// </summary>
public sealed class SendRateLimiter(int perMinute, TimeProvider timeProvider) : ISendRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _starts = new();
    private readonly Lock _lock = new();

    /// <summary>How long the next message would have to wait now (zero when it may go at once).</summary>
    public TimeSpan NextDelay()
    {
        lock (_lock)
        {
            return DelayLocked(timeProvider.GetUtcNow());
        }
    }

    /// <summary>Waits until one more message may start within the limit, then counts it as started.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => WaitAsync(null, cancellationToken);

    /// <inheritdoc />
    public Task WaitAsync(Action<TimeSpan>? waiting, CancellationToken cancellationToken) =>
        RateLimitWait.UntilStartedAsync(timeProvider, _ => new(TryStart(out var delay) ? TimeSpan.Zero : delay), waiting, cancellationToken);

    private bool TryStart(out TimeSpan delay)
    {
        lock (_lock)
        {
            var now = timeProvider.GetUtcNow();
            delay = DelayLocked(now);
            if (delay > TimeSpan.Zero)
            {
                return false;
            }

            if (perMinute > 0)
            {
                _starts.Enqueue(now);
            }

            return true;
        }
    }

    private TimeSpan DelayLocked(DateTimeOffset now)
    {
        if (perMinute <= 0)
        {
            return TimeSpan.Zero;
        }

        while (_starts.Count > 0 && now - _starts.Peek() >= Window)
        {
            _starts.Dequeue();
        }

        return _starts.Count < perMinute ? TimeSpan.Zero : _starts.Peek() + Window - now;
    }
}
