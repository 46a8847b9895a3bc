using System.Globalization;
using System.Text.RegularExpressions;

namespace Reminders.IntegrationTests.Service;

/// <summary>The "Fired JOB for TIME on scheduler instance ID" lines of service processes: which fire ran where.</summary>
public static partial class ClusterFires
{
    public static IReadOnlyList<(DateTimeOffset Scheduled, string Instance)> Of(string job, params RemindersProcess[] services) =>
        services.SelectMany(s => Line().Matches(s.Output).Cast<Match>())
            .Where(m => m.Groups["job"].Value == job)
            .Select(m => (DateTimeOffset.Parse(m.Groups["time"].Value, CultureInfo.InvariantCulture), m.Groups["instance"].Value))
            .ToList();

    [GeneratedRegex("Fired (?<job>\\w+) for (?<time>\\S+) on scheduler instance (?<instance>\\S+)")]
    private static partial Regex Line();
}
