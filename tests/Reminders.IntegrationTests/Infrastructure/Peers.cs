namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// Whether a missing test peer (PostgreSQL, aiosmtpd, systemd-analyze) skips a test or fails it. It fails under
/// <c>CI=true</c> (which <c>.ci/run</c> sets itself) and whenever <c>scripts/test.sh</c> installed the peers
/// (it exports <c>REMINDERS_TEST_PEERS=required</c>): a peer that should be there and is not is a failure, never a skip.
/// </summary>
public static class Peers
{
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Environment.GetEnvironmentVariable("REMINDERS_TEST_PEERS"), "required", StringComparison.Ordinal);

    public static void Missing(string reason)
    {
        if (Required)
        {
            Assert.Fail($"{reason} (every test peer must be available under CI=true or after scripts/test.sh installed them)");
        }

        Assert.Skip(reason);
    }
}
