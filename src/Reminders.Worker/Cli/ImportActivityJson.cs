using Reminders.Core.Import;

namespace Reminders.Worker.Cli;

/// <summary>
/// One activity as <c>import --json</c> read it: where from, its number (and whether the reader gave it), text, offices,
/// due date (or cadence), start date and the four-month periods marked, when the table has them.
/// </summary>
public sealed record ImportActivityJson(
    string Component,
    string Number,
    IReadOnlyList<string> Offices,
    string Schedule,
    string Source,
    string Text,
    bool NumberGenerated,
    string? Start,
    IReadOnlyList<int>? Periods)
{
    public static ImportActivityJson From(ImportedActivity activity) => new(
        activity.Component, activity.Number.ToString(), activity.Offices, activity.Schedule.ToString(), activity.Source,
        activity.Text, activity.NumberGenerated,
        activity.Start?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), activity.Periods);
}
