using Reminders.Worker.Mail;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// A rate limiter that counts the waits it reports: each is reported once its timer is armed, so a test that sees the
/// count grow may move its fake clock at once.
/// </summary>
public sealed class ObservedRateLimiter(ISendRateLimiter inner) : ISendRateLimiter
{
    private int waits;

    public int Waits => Volatile.Read(ref waits);

    public Task WaitAsync(Action<TimeSpan>? waiting, CancellationToken cancellationToken) => inner.WaitAsync(
        delay =>
        {
            waiting?.Invoke(delay);
            Interlocked.Increment(ref waits);
        },
        cancellationToken);
}
