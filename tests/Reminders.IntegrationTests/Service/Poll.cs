namespace Reminders.IntegrationTests.Service;

/// <summary>Waits for an outcome by polling, with a bound: never a sleep standing in for timing.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds} s waiting: {describe()}");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
