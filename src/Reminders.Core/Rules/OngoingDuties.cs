using System.Collections.Concurrent;
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
    /// <summary>The cut-off dates of each plan year, parsed from the options once (every ongoing duty of every entity asks).</summary>
    private readonly ConcurrentDictionary<int, IReadOnlyList<DateOnly>> cutOffs = new();

    /// <summary>The cut-off lead days, each once, smallest first.</summary>
    private readonly int[] cutOffLeadDays = Milestones.Ascending(options.Ongoing.CutOffLeadDays);

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
                Milestones.PlanReached(
                    daysLeft, cutOffLeadDays, NotificationKind.CutOffLead, activity.Id, officeId, cut, book, NotificationKey.CutOffLead);
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
    public DateOnly? NextCutOff(Activity activity, DateOnly runDate)
    {
        foreach (var cutOff in CutOffs(activity.Year))
        {
            if (cutOff >= runDate)
            {
                return cutOff;
            }
        }

        return null;
    }

    /// <summary>
    /// The latest passed cut-off of the plan year when its period has no progress report (one dated after
    /// it also counts, until the next cut-off takes over); null when the duty is not late.
    /// </summary>
    public DateOnly? MissedCutOff(Activity activity, DateOnly runDate)
    {
        return LastBefore(CutOffs(activity.Year), runDate) is { } cutOff && !HasProgressSince(activity, PeriodStart(activity, cutOff))
            ? cutOff
            : null;
    }

    /// <summary>The first day of the period that ends on <paramref name="cutOff"/>: the day after the previous cut-off, or 1 January.</summary>
    private DateOnly PeriodStart(Activity activity, DateOnly cutOff)
    {
        return LastBefore(CutOffs(activity.Year), cutOff) is { } previous ? previous.AddDays(1) : new DateOnly(activity.Year, 1, 1);
    }

    /// <summary>The latest of the ordered <paramref name="dates"/> strictly before <paramref name="day"/>, if any.</summary>
    private static DateOnly? LastBefore(IReadOnlyList<DateOnly> dates, DateOnly day)
    {
        DateOnly? last = null;
        foreach (var date in dates)
        {
            if (date >= day)
            {
                break;
            }

            last = date;
        }

        return last;
    }

    private IReadOnlyList<DateOnly> CutOffs(int year) => cutOffs.GetOrAdd(year, options.Ongoing.CutOffDates);

    private static bool HasProgressSince(Activity activity, DateOnly start)
    {
        foreach (var report in activity.Progress)
        {
            if (report.On >= start)
            {
                return true;
            }
        }

        return false;
    }
}
