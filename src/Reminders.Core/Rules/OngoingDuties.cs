using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Plans;

namespace Reminders.Core.Rules;

/// <summary>
/// Ongoing (PERMANENTE) duties (docs/rules.md §6), within their plan year: a reminder on the first business day of
/// each cadence slot (caught up by a later run within the slot), lead-day reminders before the next
/// reporting cut-off (as milestones; none once the period has a progress report), and the missed
/// cut-off that makes the duty overdue when its period ended without a progress report.
/// </summary>
internal sealed class OngoingDuties(RemindersOptions options, BusinessCalendar calendar)
{
    public void Plan(Activity activity, IReadOnlyList<long> officeIds, DateOnly runDate, PlanBook book)
    {
        if (runDate.Year != activity.Year)
        {
            return;
        }

        var slotStart = SlotStart(activity, runDate);
        var slotDue = calendar.FirstBusinessDayOnOrAfter(slotStart) <= runDate;
        var nextCutOff = NextCutOff(activity, runDate);
        var leadDue = nextCutOff is { } cutOff && !HasProgressSince(activity, PeriodStart(activity, cutOff));
        foreach (var officeId in officeIds)
        {
            if (slotDue)
            {
                book.Add(NotificationKey.OngoingSlot(activity.Id, officeId, slotStart),
                    NotificationKind.OngoingSlot, activity.Id, officeId, null, NotificationState.Pending);
            }

            if (leadDue)
            {
                var cut = nextCutOff!.Value;
                var daysLeft = calendar.DaysBetween(runDate, cut, options.LeadInBusinessDays);
                Milestones.PlanReached(daysLeft, options.Ongoing.CutOffLeadDays, NotificationKind.CutOffLead, activity.Id, officeId, book,
                    m => NotificationKey.CutOffLead(activity.Id, officeId, cut, m));
            }
        }
    }

    /// <summary>The first day of the cadence slot <paramref name="runDate"/> falls in; slots start in January.</summary>
    public DateOnly SlotStart(Activity activity, DateOnly runDate)
    {
        var months = (activity.Schedule.Cadence ?? options.Ongoing.Cadence).Months();
        return new DateOnly(runDate.Year, ((runDate.Month - 1) / months * months) + 1, 1);
    }

    /// <summary>The plan year's first cut-off on or after <paramref name="runDate"/>, if any.</summary>
    public DateOnly? NextCutOff(Activity activity, DateOnly runDate) =>
        options.Ongoing.CutOffDates(activity.Year).Where(c => c >= runDate).Select(c => (DateOnly?)c).FirstOrDefault();

    /// <summary>
    /// The latest passed cut-off of the plan year when its period has no progress report (one dated after
    /// it also counts, until the next cut-off takes over); null when the duty is not late.
    /// </summary>
    public DateOnly? MissedCutOff(Activity activity, DateOnly runDate)
    {
        var passed = options.Ongoing.CutOffDates(activity.Year).Where(c => c < runDate).ToList();
        if (passed.Count == 0)
        {
            return null;
        }

        var cutOff = passed[^1];
        return HasProgressSince(activity, PeriodStart(activity, cutOff)) ? null : cutOff;
    }

    /// <summary>The first day of the period that ends on <paramref name="cutOff"/>: the day after the previous cut-off, or 1 January.</summary>
    private DateOnly PeriodStart(Activity activity, DateOnly cutOff)
    {
        var previous = options.Ongoing.CutOffDates(activity.Year).Where(c => c < cutOff).ToList();
        return previous.Count == 0 ? new DateOnly(activity.Year, 1, 1) : previous[^1].AddDays(1);
    }

    private static bool HasProgressSince(Activity activity, DateOnly start) => activity.Progress.Any(p => p.On >= start);
}
