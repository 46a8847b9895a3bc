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
    /// <summary>Days from the run to the due date, calendar or business per <c>LeadInBusinessDays</c>.</summary>
    public int DaysLeft(DateOnly runDate, DateOnly due) => calendar.DaysBetween(runDate, due, options.LeadInBusinessDays);

    public void Plan(Activity activity, IReadOnlyList<long> officeIds, DateOnly due, DateOnly runDate, PlanBook book)
    {
        var daysLeft = DaysLeft(runDate, due);
        foreach (var officeId in officeIds)
        {
            PlanReached(daysLeft, options.LeadDays, NotificationKind.DueSoon, activity.Id, officeId, book,
                m => NotificationKey.DueSoon(activity.Id, officeId, due, m));
        }
    }

    /// <summary>Plans the latest reached milestone as pending and the larger reached ones as superseded.</summary>
    public static void PlanReached(
        int daysLeft, IEnumerable<int> leadDays, NotificationKind kind, long activityId, long officeId, PlanBook book, Func<int, string> key)
    {
        if (daysLeft < 0)
        {
            return;
        }

        var reached = leadDays.Where(m => m >= daysLeft).Distinct().Order().ToList();
        for (var i = 0; i < reached.Count; i++)
        {
            book.Add(key(reached[i]), kind, activityId, officeId, null, i == 0 ? NotificationState.Pending : NotificationState.Superseded);
        }
    }
}
