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
    private readonly int horizon;

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
        horizon = this.options.Horizon;
    }

    public PlanningResult Plan(PlanningInput input)
    {
        if (!options.Calendar.RunOnNonBusinessDays && !calendar.IsBusinessDay(input.RunDate))
        {
            return PlanningResult.Empty;
        }

        var offices = new Dictionary<long, Office>(input.Offices.Count);
        foreach (var office in input.Offices)
        {
            offices.TryAdd(office.Id, office);
        }

        var book = new PlanBook(input.TakenKeys);
        var views = new List<ActivityView>();
        var notices = new List<EscalationNotice>();
        var closedYears = new Dictionary<int, bool>();
        foreach (var activity in input.Activities)
        {
            // A closed plan year (docs/follow-up.md) produces nothing more.
            if (activity.State != ActivityState.Open || IsClosed(activity.Year, input.RunDate, closedYears))
            {
                continue;
            }

            var officeIds = KnownOfficeIds(activity, offices);
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

            var listed = milestones.DaysLeft(run, due) <= horizon ? DigestSection.DueSoon : (DigestSection?)null;
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
        var daysLate = ladder.DaysLate(late.Due, run);
        var reached = ladder.Reached(late, daysLate, offices, input.Roles);
        EscalationLadder.Plan(late, reached, daysLate, book, notices);
        var unreached = ladder.Unreached(late, daysLate, offices, input.Roles);
        EscalationLadder.PlanUnreached(late, unreached, book);
        var nextCutOff = late.Activity.Schedule.IsOngoing ? ongoing.NextCutOff(late.Activity, run) : null;
        return new ActivityView(
            late.Activity, late.OfficeIds, DigestSection.Overdue, late.Due, CalendarDays(run, late.Due), nextCutOff, reached, unreached);
    }

    /// <summary>Whether the plan year is closed on the run date, asked once per year a run's activities belong to.</summary>
    private bool IsClosed(int year, DateOnly runDate, Dictionary<int, bool> closedYears)
    {
        if (!closedYears.TryGetValue(year, out var closed))
        {
            closed = followUp.IsClosed(year, runDate);
            closedYears.Add(year, closed);
        }

        return closed;
    }

    /// <summary>The activity's offices that the entity's directory holds, each once, in the activity's order.</summary>
    private static List<long> KnownOfficeIds(Activity activity, Dictionary<long, Office> offices)
    {
        var ids = new List<long>(activity.OfficeIds.Count);
        foreach (var id in activity.OfficeIds)
        {
            if (offices.ContainsKey(id) && !ids.Contains(id))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    private static int CalendarDays(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
