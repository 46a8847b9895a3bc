using Reminders.Worker.Delivery;

namespace Reminders.Worker.Tests.Delivery;

public class RetryPolicyTests
{
    [Fact]
    public void The_delay_doubles_from_one_minute_after_each_failed_try()
    {
        var policy = new RetryPolicy();

        Assert.Equal(
            [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(32)],
            Enumerable.Range(1, 6).Select(policy.DelayAfter));
    }

    [Fact]
    public void The_delay_is_capped_at_an_hour()
    {
        var policy = new RetryPolicy();

        Assert.Equal(TimeSpan.FromHours(1), policy.DelayAfter(7));
        Assert.Equal(TimeSpan.FromHours(1), policy.DelayAfter(40));
        Assert.Equal(TimeSpan.FromMinutes(5), new RetryPolicy(BaseDelaySeconds: 120, MaxDelaySeconds: 300).DelayAfter(3));
    }

    [Fact]
    public void Before_any_failed_try_the_delay_is_the_base_delay()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), new RetryPolicy(BaseDelaySeconds: 30).DelayAfter(0));
    }

    [Fact]
    public void A_configured_base_delay_doubles_as_well()
    {
        var policy = new RetryPolicy(MaxAttempts: 5, BaseDelaySeconds: 10);

        Assert.Equal([10, 20, 40, 80], Enumerable.Range(1, 4).Select(n => policy.DelayAfter(n).TotalSeconds));
    }

    [Fact]
    public void It_gives_up_after_the_eighth_try_by_default()
    {
        var policy = new RetryPolicy();

        Assert.Equal([false, false, false, false, false, false, false, true, true], Enumerable.Range(1, 9).Select(policy.GivesUpAfter));
    }

    [Fact]
    public void It_gives_up_after_the_configured_number_of_tries()
    {
        var policy = new RetryPolicy(MaxAttempts: 3);

        Assert.False(policy.GivesUpAfter(2));
        Assert.True(policy.GivesUpAfter(3));
    }
}
