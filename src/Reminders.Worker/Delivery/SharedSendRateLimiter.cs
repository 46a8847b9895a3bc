using Dapper;
using Reminders.Worker.Data;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Delivery;

/// <summary>
/// <c>Mail:RateLimitPerMinute</c> for every instance on one database together (docs/rules.md §10, docs/architecture.md
/// "Several instances"): each message start is a row of <c>send_permits</c>, taken only while fewer than the limit
/// were taken in the last minute. Takers queue on the one row of <c>send_rate_lock</c> (an UPDATE locks it until
/// commit on every provider), so counting and taking are one step across the cluster. The minute is read from the
/// <see cref="TimeProvider"/> of each instance (their clocks are assumed in step, as NTP keeps them).
/// </summary>
public sealed class SharedSendRateLimiter(ConnectionFactory connections, int perMinute, string instance, TimeProvider timeProvider) : ISendRateLimiter
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <inheritdoc />
    public Task WaitAsync(Action<TimeSpan>? waiting, CancellationToken cancellationToken) =>
        perMinute <= 0
            ? Task.CompletedTask
            : RateLimitWait.UntilStartedAsync(timeProvider, token => new(TryStartAsync(token)), waiting, cancellationToken);

    /// <summary>Takes a permit when the last minute has room (returns zero), or returns how long until the oldest permit expires.</summary>
    public async Task<TimeSpan> TryStartAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var parameters = new { Now = Text.Timestamp(now), Since = Text.Timestamp(now - Window), Instance = instance };
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE send_rate_lock SET taken_at = @Now WHERE id = 1", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM send_permits WHERE taken_at <= @Since", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var taken = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM send_permits", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var delay = TimeSpan.Zero;
        if (taken < perMinute)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO send_permits (taken_at, taken_by) VALUES (@Now, @Instance)", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
        else
        {
            var oldestText = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT MIN(taken_at) FROM send_permits", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var oldest = Text.ParseTimestamp(oldestText!);
            // Another instance's clock a little ahead may date a permit after this one's now: never wait over a minute.
            delay = TimeSpan.FromTicks(Math.Clamp((oldest + Window - now).Ticks, TimeSpan.FromMilliseconds(1).Ticks, Window.Ticks));
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return delay;
    }
}
