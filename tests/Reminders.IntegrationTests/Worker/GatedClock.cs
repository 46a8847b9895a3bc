namespace Reminders.IntegrationTests.Worker;

/// <summary>
/// A clock that holds one of its readings (the <c>gatedCall</c>-th <see cref="GetUtcNow"/>) until <see cref="Open"/> is
/// called, so a test can tell whether that reading came before or after something else happened. It waits at most
/// 30 seconds, then gives up (<see cref="GaveUp"/>) and answers, so a run that reads it too early fails instead of hanging.
/// </summary>
public sealed class GatedClock(TimeProvider inner, int gatedCall) : TimeProvider, IDisposable
{
    private readonly ManualResetEventSlim _open = new();
    private int _calls;

    /// <summary>True when the held reading waited the whole 30 seconds: <see cref="Open"/> came after it, or never.</summary>
    public bool GaveUp { get; private set; }

    public void Open() => _open.Set();

    public override DateTimeOffset GetUtcNow()
    {
        if (Interlocked.Increment(ref _calls) == gatedCall && !_open.Wait(TimeSpan.FromSeconds(30)))
        {
            GaveUp = true;
        }

        return inner.GetUtcNow();
    }

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        inner.CreateTimer(callback, state, dueTime, period);

    public void Dispose() => _open.Dispose();
}
