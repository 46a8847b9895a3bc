namespace Reminders.Worker.Delivery;

/// <summary>Exponential backoff for transient failures: 1, 2, 4 … minutes (capped at an hour), failed after <see cref="MaxAttempts"/>.</summary>
public sealed record RetryPolicy(int MaxAttempts = 8, int BaseDelaySeconds = 60, int MaxDelaySeconds = 3600)
{
    /// <summary>The delay before the next try after <paramref name="attemptsSoFar"/> failed tries (1 after the first).</summary>
    public TimeSpan DelayAfter(int attemptsSoFar)
    {
        var exponent = Math.Clamp(attemptsSoFar - 1, 0, 20);
        var seconds = Math.Min((double)BaseDelaySeconds * Math.Pow(2, exponent), MaxDelaySeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    public bool GivesUpAfter(int attemptsSoFar) => attemptsSoFar >= MaxAttempts;
}
