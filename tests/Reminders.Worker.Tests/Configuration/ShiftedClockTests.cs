using Microsoft.Extensions.Time.Testing;
using Reminders.Worker.Configuration;

namespace Reminders.Worker.Tests.Configuration;

public class ShiftedClockTests
{
    [Fact]
    public void The_clock_starts_at_the_given_instant_and_moves_on_with_the_inner_clock()
    {
        var inner = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 5, 0, 0, TimeSpan.Zero));
        var clock = new ShiftedClock(inner, new DateTimeOffset(2022, 3, 1, 7, 0, 0, TimeSpan.FromHours(-5)));

        Assert.Equal(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        inner.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(new DateTimeOffset(2022, 3, 1, 13, 30, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.Equal(inner.GetTimestamp(), clock.GetTimestamp());
        Assert.Equal(inner.TimestampFrequency, clock.TimestampFrequency);
        Assert.Equal(inner.LocalTimeZone, clock.LocalTimeZone);
    }
}
