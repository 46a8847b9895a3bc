namespace Reminders.Worker.Mail;

/// <summary>
/// The gate every delivery passes before it starts a message, so no more than <c>Mail:RateLimitPerMinute</c> messages
/// start in any rolling minute (docs/rules.md §10). <see cref="SendRateLimiter"/> counts in this process;
/// <c>Delivery/SharedSendRateLimiter</c> counts in the database, for every instance sharing it.
/// </summary>
public interface ISendRateLimiter
{
    /// <summary>
    /// Waits until one more message may start within the limit, then counts it as started. <paramref name="waiting"/>
    /// hears each wait before it begins (for the log).
    /// </summary>
    Task WaitAsync(Action<TimeSpan>? waiting, CancellationToken cancellationToken);
}
