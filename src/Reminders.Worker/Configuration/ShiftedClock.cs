namespace Reminders.Worker.Configuration;

/// <summary>
/// A clock that reads <paramref name="startAt"/> when created and moves on at the pace of <paramref name="inner"/>
/// (see <see cref="ClockOptions.StartAt"/>). Timers and time zones are the inner clock's.
/// </summary>
public sealed class ShiftedClock(TimeProvider inner, DateTimeOffset startAt) : TimeProvider
{
    private readonly TimeSpan shift = startAt - inner.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + shift;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override long GetTimestamp() => inner.GetTimestamp();
}
