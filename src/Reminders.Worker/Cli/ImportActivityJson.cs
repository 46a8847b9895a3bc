using Reminders.Core.Import;

namespace Reminders.Worker.Cli;

/// <summary>One activity as <c>import --json</c> read it: where from, its number, offices and due date (or cadence).</summary>
public sealed record ImportActivityJson(string Component, string Number, IReadOnlyList<string> Offices, string Schedule, string Source)
{
    public static ImportActivityJson From(ImportedActivity activity) => new(
        activity.Component, activity.Number.ToString(), activity.Offices, activity.Schedule.ToString(), activity.Source);
}
