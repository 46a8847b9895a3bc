namespace Reminders.Worker.Mail;

/// <summary>The wait of a rate limiter (<see cref="SendRateLimiter"/>, <c>Delivery/SharedSendRateLimiter</c>) until a message may start.</summary>
internal static class RateLimitWait
{
    /// <summary>
    /// Asks <paramref name="tryStart"/> (which takes a start and returns zero, or returns how long until one is free) until it
    /// takes one, waiting on <paramref name="time"/> in between. Each timer is armed before the wait is reported through
    /// <paramref name="waiting"/>, so whoever hears of it may move a test clock at once. A timer counts from the moment it is
    /// armed: when the clock has already passed the wait's end by then (a test clock advanced between the limiter reading it
    /// and the timer), nobody would move it on to the later end, so the limiter is asked again at once instead.
    /// </summary>
    public static async Task UntilStartedAsync(
        TimeProvider time, Func<CancellationToken, ValueTask<TimeSpan>> tryStart, Action<TimeSpan>? waiting, CancellationToken cancellationToken)
    {
        while (true)
        {
            var askedAt = time.GetUtcNow();
            var delay = await tryStart(cancellationToken).ConfigureAwait(false);
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            using var armed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var wait = Task.Delay(delay, time, armed.Token);
            if (time.GetUtcNow() >= askedAt + delay)
            {
                armed.Cancel();
                continue;
            }

            waiting?.Invoke(delay);
            await wait.ConfigureAwait(false);
        }
    }
}
