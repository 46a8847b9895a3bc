namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// Whether a missing test peer (PostgreSQL, aiosmtpd) skips a test or fails it: under <c>CI=true</c> every peer that
/// can run here must run, so a missing one is a failure.
/// </summary>
public static class Peers
{
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Missing(string reason)
    {
        if (Required)
        {
            Assert.Fail($"{reason} (CI=true: every test peer must be available; run scripts/test.sh, which installs them)");
        }

        Assert.Skip(reason);
    }
}
