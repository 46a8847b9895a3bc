using Microsoft.Extensions.Time.Testing;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Tests.Mail;

public sealed class SendRateLimiterTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_message_after_the_limit_waits_until_the_oldest_leaves_the_minute()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero));
        var limiter = new SendRateLimiter(3, clock);
        for (var i = 0; i < 3; i++)
        {
            await limiter.WaitAsync(Token);
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        var fourth = limiter.WaitAsync(Token);
        Assert.False(fourth.IsCompleted);
        Assert.Equal(TimeSpan.FromSeconds(30), limiter.NextDelay());

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(fourth.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5), Token);
        Assert.True(fourth.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_clock_that_passes_the_wait_while_the_timer_is_armed_does_not_leave_the_message_waiting()
    {
        var clock = new ClockThatJumpsWhenATimerIsArmed(new DateTimeOffset(2026, 4, 20, 12, 0, 0, TimeSpan.Zero));
        var limiter = new SendRateLimiter(1, clock);
        await limiter.WaitAsync(Token);

        // The minute passes between the limiter reading the clock and arming its timer: the timer then counts a minute
        // from the new time, which nobody will advance to.
        clock.JumpOnNextTimer = TimeSpan.FromMinutes(1);
        var second = limiter.WaitAsync(Token);

        Assert.True(second.IsCompletedSuccessfully, "the second message still waits although its minute has passed");
        await second;
    }

    /// <summary>A fake clock that moves forward at the moment a timer is created, once.</summary>
    private sealed class ClockThatJumpsWhenATimerIsArmed(DateTimeOffset start) : TimeProvider
    {
        private readonly FakeTimeProvider inner = new(start);

        public TimeSpan JumpOnNextTimer { get; set; }

        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

        public override long GetTimestamp() => inner.GetTimestamp();

        public override long TimestampFrequency => inner.TimestampFrequency;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (JumpOnNextTimer > TimeSpan.Zero)
            {
                inner.Advance(JumpOnNextTimer);
                JumpOnNextTimer = TimeSpan.Zero;
            }

            return inner.CreateTimer(callback, state, dueTime, period);
        }
    }

    [Fact]
    public async Task Zero_means_unlimited()
    {
        var limiter = new SendRateLimiter(0, new FakeTimeProvider());

        for (var i = 0; i < 1000; i++)
        {
            var wait = limiter.WaitAsync(Token);
            Assert.True(wait.IsCompletedSuccessfully);
            await wait;
        }
    }

    [Fact]
    public async Task Waiting_stops_when_cancelled()
    {
        var limiter = new SendRateLimiter(1, new FakeTimeProvider());
        await limiter.WaitAsync(Token);
        using var stopping = new CancellationTokenSource();

        var second = limiter.WaitAsync(stopping.Token);
        await stopping.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => second);
    }
}
