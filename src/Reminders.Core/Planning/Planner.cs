using Reminders.Core.Calendar;
using Reminders.Core.Digests;
using Reminders.Core.Options;
using Reminders.Core.Plans;
using Reminders.Core.Reports;
using Reminders.Core.Rules;

namespace Reminders.Core.Planning;

/// <summary>
/// Decides what a run sends (docs/rules.md §1–§9): the new notification keys, given the keys the outbox already holds,
/// and the digests and escalations that carry the pending ones. Pure: the run date is an argument.
/// </summary>
public sealed class Planner
{
    private readonly RemindersOptions options;
    private readonly BusinessCalendar calendar;
    private readonly Milestones milestones;
    private readonly OverdueReminders overdue;
    private readonly EscalationLadder ladder;
    private readonly OngoingDuties ongoing;
    private readonly FollowUpCalendar followUp;

    /// <param name="options">Bound and validated options; the defaults of docs/rules.md §12 fill any empty collection.</param>
    public Planner(RemindersOptions options, BusinessCalendar calendar)
    {
        this.options = options.ApplyDefaults();
        this.calendar = calendar;
        milestones = new Milestones(options, calendar);
        overdue = new OverdueReminders(options, calendar);
        ladder = new EscalationLadder(options, calendar);
        ongoing = new OngoingDuties(options, calendar);
        followUp = new FollowUpCalendar(this.options, calendar);
    }

    public PlanningResult Plan(PlanningInput input)
    {
        if (!options.Calendar.RunOnNonBusinessDays && !calendar.IsBusinessDay(input.RunDate))
        {
            return PlanningResult.Empty;
        }

        var offices = input.Offices.GroupBy(o => o.Id).ToDictionary(g => g.Key, g => g.First());
        var book = new PlanBook(input.TakenKeys);
        var views = new List<ActivityView>();
        var notices = new List<EscalationNotice>();
        // A closed plan year (docs/follow-up.md) produces nothing more.
        foreach (var activity in input.Activities.Where(a => a.State == ActivityState.Open && !followUp.IsClosed(a.Year, input.RunDate)))
        {
            var officeIds = activity.OfficeIds.Where(offices.ContainsKey).Distinct().ToList();
            if (officeIds.Count > 0)
            {
                views.Add(Assess(activity, officeIds, input, offices, book, notices));
            }
        }

        var escalations = EscalationComposer.Compose(input, offices, notices);
        return new PlanningResult(
            book.Notifications,
            DigestComposer.WithoutCopiesToEscalated(DigestComposer.Compose(input, offices, views, book.Notifications), escalations),
            escalations);
    }

    private ActivityView Assess(
        Activity activity,
        IReadOnlyList<long> officeIds,
        PlanningInput input,
        IReadOnlyDictionary<long, Office> offices,
        PlanBook book,
        List<EscalationNotice> notices)
    {
        var run = input.RunDate;
        if (activity.Schedule.Due is { } due)
        {
            milestones.Plan(activity, officeIds, due, run, book);
            if (run > due)
            {
                return Late(new LateActivity(activity, officeIds, due), input, offices, book, notices);
            }

            var listed = milestones.DaysLeft(run, due) <= options.Horizon ? DigestSection.DueSoon : (DigestSection?)null;
            return new ActivityView(activity, officeIds, listed, due, CalendarDays(run, due), null, []);
        }

        ongoing.Plan(activity, officeIds, run, book);
        if (ongoing.MissedCutOff(activity, run) is { } cutOff)
        {
            return Late(new LateActivity(activity, officeIds, cutOff), input, offices, book, notices);
        }

        var section = run.Year == activity.Year ? DigestSection.Ongoing : (DigestSection?)null;
        return new ActivityView(activity, officeIds, section, null, null, ongoing.NextCutOff(activity, run), []);
    }

    private ActivityView Late(
        LateActivity late, PlanningInput input, IReadOnlyDictionary<long, Office> offices, PlanBook book, List<EscalationNotice> notices)
    {
        var run = input.RunDate;
        overdue.Plan(late.Activity, late.OfficeIds, late.Due, run, book);
        notices.AddRange(ladder.Plan(late, run, offices, input.Roles, book));
        var unreached = ladder.Unreached(late, run, offices, input.Roles);
        EscalationLadder.PlanUnreached(late, unreached, book);
        var nextCutOff = late.Activity.Schedule.IsOngoing ? ongoing.NextCutOff(late.Activity, run) : null;
        return new ActivityView(
            late.Activity, late.OfficeIds, DigestSection.Overdue, late.Due, CalendarDays(run, late.Due), nextCutOff,
            ladder.Reached(late, run, offices, input.Roles), unreached);
    }

    private static int CalendarDays(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
