using Reminders.Core.Plans;

namespace Reminders.Core.Reports;

/// <summary>
/// Computes the follow-up report (docs/follow-up.md) of one plan year at a cut-off from the activities as stored:
/// what was due, done (on time or late), overdue, and ongoing with or without progress in the period. Pure.
/// </summary>
public static class FollowUpBuilder
{
    /// <param name="activities">The plan year's activities (others are ignored).</param>
    /// <param name="officeNames">Office id → name.</param>
    /// <param name="componentNames">Component number (<c>III</c>) → name; a missing one shows the number only.</param>
    public static FollowUpReport Build(
        string entity,
        FollowUpEdition edition,
        IEnumerable<Activity> activities,
        IReadOnlyDictionary<long, string> officeNames,
        IReadOnlyDictionary<string, string> componentNames)
    {
        var rows = activities
            .Where(a => a.Year == edition.Year)
            .OrderBy(a => RomanOrder(a.Component)).ThenBy(a => a.Component, StringComparer.Ordinal).ThenBy(a => a.Number)
            .Select(a => (Activity: a, Row: Row(a, edition, officeNames)))
            .ToList();

        var components = rows
            .GroupBy(r => r.Activity.Component)
            .Select(c => new FollowUpGroup(
                c.Key,
                componentNames.GetValueOrDefault(c.Key, ""),
                Totals(c.Select(r => r.Row)),
                [.. c.Select(r => r.Row)])
            {
                Parts = [.. c.GroupBy(r => r.Activity.Number.SubComponent).Select(s => new FollowUpGroup(
                    s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    s.First().Activity.SubComponent,
                    Totals(s.Select(r => r.Row)),
                    [.. s.Select(r => r.Row)]))],
            })
            .ToList();

        var offices = rows
            .SelectMany(r => r.Row.Offices.Distinct(StringComparer.Ordinal).Select(o => (Office: o, r.Row)))
            .GroupBy(x => x.Office, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new FollowUpGroup(g.Key, g.Key, Totals(g.Select(x => x.Row)), [.. g.Select(x => x.Row)]))
            .ToList();

        return new FollowUpReport(entity, edition, components, offices, Totals(rows.Select(r => r.Row)));
    }

    /// <summary>How <paramref name="activity"/> stands at the edition's cut-off.</summary>
    public static ActivityStanding StandingOf(Activity activity, FollowUpEdition edition)
    {
        var cutOff = edition.CutOff;
        var completed = activity.CompletedOn is { } on && on <= cutOff ? on : (DateOnly?)null;
        if (activity.State == ActivityState.Cancelled && (activity.CompletedOn is null || completed is not null))
        {
            return ActivityStanding.Cancelled;
        }

        var done = activity.State == ActivityState.Done && completed is not null;
        if (activity.Schedule.Due is not { } due)
        {
            return activity.Progress.Any(p => p.On >= edition.PeriodStart && p.On <= cutOff)
                ? ActivityStanding.OngoingWithProgress
                : ActivityStanding.OngoingWithoutProgress;
        }

        if (due > cutOff)
        {
            return done ? ActivityStanding.DoneAhead : ActivityStanding.NotYetDue;
        }

        return !done ? ActivityStanding.Overdue
            : completed <= due ? ActivityStanding.Done
            : ActivityStanding.DoneLate;
    }

    private static FollowUpRow Row(Activity activity, FollowUpEdition edition, IReadOnlyDictionary<long, string> officeNames)
    {
        var standing = StandingOf(activity, edition);
        var due = activity.Schedule.Due;
        int? daysLate = standing switch
        {
            ActivityStanding.DoneLate => activity.CompletedOn!.Value.DayNumber - due!.Value.DayNumber,
            ActivityStanding.Overdue => edition.CutOff.DayNumber - due!.Value.DayNumber,
            _ => null,
        };
        var shownCompletion = standing is ActivityStanding.Done or ActivityStanding.DoneLate or ActivityStanding.DoneAhead or ActivityStanding.Cancelled
            ? activity.CompletedOn
            : null;
        return new FollowUpRow(
            activity.Component,
            activity.Number,
            activity.Text,
            activity.Product,
            [.. activity.OfficeIds.Select(id => officeNames.GetValueOrDefault(id, "?"))],
            activity.Schedule,
            standing,
            shownCompletion,
            activity.Evidence,
            activity.Progress.Where(p => p.On <= edition.CutOff).OrderBy(p => p.On).LastOrDefault(),
            daysLate);
    }

    private static FollowUpTotals Totals(IEnumerable<FollowUpRow> rows) => FollowUpTotals.Of(rows.Select(r => r.Standing));

    /// <summary>Components sort by their roman numeral (I, II, …, VI) rather than alphabetically.</summary>
    private static int RomanOrder(string component) =>
        Import.RomanNumerals.TryParse(component, out var value) ? value : int.MaxValue;
}
