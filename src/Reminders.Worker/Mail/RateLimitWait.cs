namespace Reminders.Worker.Mail;

/// <summary>The wait of a rate limiter (<see cref="SendRateLimiter"/>, <c>Delivery/SharedSendRateLimiter</c>) until a message may start.</summary>
internal static class RateLimitWait
{
    /// <summary>
    /// Waits until <paramref name="delay"/> after <paramref name="askedAt"/> on <paramref name="time"/>; the caller then
    /// asks the limiter again. The timer is armed before the wait is reported through <paramref name="waiting"/>, so whoever
    /// hears of it may move a test clock at once. A timer counts from the moment it is armed: when the clock has already
    /// passed the wait's end by then (a test clock advanced between the limiter reading it and this call), nobody would
    /// move it on to the later end, so this returns at once instead.
    /// </summary>
    public static async Task UntilAsync(
        TimeProvider time, DateTimeOffset askedAt, TimeSpan delay, Action<TimeSpan>? waiting, CancellationToken cancellationToken)
    {
        using var armed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wait = Task.Delay(delay, time, armed.Token);
        if (time.GetUtcNow() >= askedAt + delay)
        {
            armed.Cancel();
            return;
        }

        waiting?.Invoke(delay);
        await wait.ConfigureAwait(false);
    }
}
