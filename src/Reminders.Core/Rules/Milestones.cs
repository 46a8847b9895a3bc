using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Plans;

namespace Reminders.Core.Rules;

/// <summary>
/// Due soon (docs/rules.md §3): milestone <c>m</c> is reached when the days left <c>d &lt;= m</c>; the latest reached
/// (smallest <c>m &gt;= d</c>) is due, larger reached ones not in the outbox are superseded.
/// </summary>
internal sealed class Milestones(RemindersOptions options, BusinessCalendar calendar)
{
    /// <summary>The lead days, each once, smallest first.</summary>
    private readonly int[] leadDays = Ascending(options.LeadDays);

    /// <summary>Days from the run to the due date, calendar or business per <c>LeadInBusinessDays</c>.</summary>
    public int DaysLeft(DateOnly runDate, DateOnly due) => calendar.DaysBetween(runDate, due, options.LeadInBusinessDays);

    public void Plan(Activity activity, IReadOnlyList<long> officeIds, DateOnly due, DateOnly runDate, PlanBook book)
    {
        var daysLeft = DaysLeft(runDate, due);
        foreach (var officeId in officeIds)
        {
            PlanReached(daysLeft, leadDays, NotificationKind.DueSoon, activity.Id, officeId, due, book, NotificationKey.DueSoon);
        }
    }

    /// <summary>The distinct <paramref name="days"/>, smallest first, as <see cref="PlanReached"/> takes them.</summary>
    public static int[] Ascending(IEnumerable<int> days) => [.. days.Distinct().Order()];

    /// <summary>
    /// Plans the latest reached milestone as pending and the larger reached ones as superseded: of the distinct
    /// <paramref name="ascendingDays"/> (smallest first), those at or above <paramref name="daysLeft"/>.
    /// </summary>
    /// <param name="key">The key of (activity, office, <paramref name="date"/>, milestone).</param>
    public static void PlanReached(
        int daysLeft, int[] ascendingDays, NotificationKind kind, long activityId, long officeId, DateOnly date, PlanBook book,
        Func<long, long, DateOnly, int, string> key)
    {
        if (daysLeft < 0)
        {
            return;
        }

        var state = NotificationState.Pending;
        foreach (var milestone in ascendingDays)
        {
            if (milestone >= daysLeft)
            {
                book.Add(key(activityId, officeId, date, milestone), kind, activityId, officeId, null, state);
                state = NotificationState.Superseded;
            }
        }
    }
}
