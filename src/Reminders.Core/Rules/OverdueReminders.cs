using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Plans;

namespace Reminders.Core.Rules;

/// <summary>
/// Overdue (docs/rules.md §4): from <c>o = 1</c> a first notice, then a weekly reminder on the first run on or after
/// <c>RepeatOn</c> of each later ISO week. The week of the first notice gets no weekly reminder: its key is
/// recorded as superseded together with the first notice. Weeks with no run are not made up.
/// </summary>
internal sealed class OverdueReminders(RemindersOptions options, BusinessCalendar calendar)
{
    /// <summary>Days past the due date, calendar or business per <c>Overdue:InBusinessDays</c>.</summary>
    public int DaysOverdue(DateOnly due, DateOnly runDate) => calendar.DaysBetween(due, runDate, options.Overdue.InBusinessDays);

    public bool IsOverdue(DateOnly due, DateOnly runDate) => DaysOverdue(due, runDate) >= 1;

    public void Plan(Activity activity, IReadOnlyList<long> officeIds, DateOnly due, DateOnly runDate, PlanBook book)
    {
        if (!IsOverdue(due, runDate))
        {
            return;
        }

        foreach (var officeId in officeIds)
        {
            var first = NotificationKey.OverdueFirst(activity.Id, officeId, due);
            var weekly = NotificationKey.OverdueWeekly(activity.Id, officeId, due, runDate);
            if (book.Add(first, NotificationKind.OverdueFirst, activity.Id, officeId, null, NotificationState.Pending))
            {
                book.Add(weekly, NotificationKind.OverdueWeekly, activity.Id, officeId, null, NotificationState.Superseded);
            }
            else if (book.WasTakenBefore(first) && IsoDay(runDate.DayOfWeek) >= IsoDay(options.Overdue.RepeatOn))
            {
                book.Add(weekly, NotificationKind.OverdueWeekly, activity.Id, officeId, null, NotificationState.Pending);
            }
        }
    }

    /// <summary>Monday 1 … Sunday 7, the ISO week order.</summary>
    private static int IsoDay(DayOfWeek day) => day == DayOfWeek.Sunday ? 7 : (int)day;
}
