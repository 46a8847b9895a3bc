using Reminders.Core.Digests;
using Reminders.Core.Planning;
using Reminders.Core.Plans;
using Reminders.Core.Rules;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

public class PlannerTests
{
    [Theory]
    [InlineData(ActivityState.Done)]
    [InlineData(ActivityState.Cancelled)]
    public void Done_and_cancelled_activities_get_nothing(ActivityState state)
    {
        var scenario = new Scenario().With(
            Dated(1, "2022-01-31", 1) with { State = state },
            Ongoing(2, null, 1) with { State = state });

        Assert.Empty(scenario.PlanDays("2022-01-01", "2022-12-31"));
    }

    [Theory]
    [InlineData("2022-03-19")] // Saturday
    [InlineData("2022-03-20")] // Sunday
    [InlineData("2022-03-21")] // San José
    public void Runs_on_weekends_and_holidays_plan_nothing(string day)
    {
        var result = new Scenario().With(Dated(1, "2022-03-31", 1), Dated(2, "2022-03-01", 2)).Plan(day);

        Assert.Same(PlanningResult.Empty, result);
    }

    [Fact]
    public void Runs_on_non_business_days_plan_when_configured()
    {
        var scenario = new Scenario().With(Dated(1, "2022-03-31", 1));
        scenario.Options.Calendar.RunOnNonBusinessDays = true;

        Assert.Equal(["due|1|1|2022-03-31|15"], Pending(scenario.Plan("2022-03-19")));
    }

    [Fact]
    public void What_a_holiday_would_have_sent_goes_out_with_the_next_run()
    {
        var scenario = new Scenario().With(Dated(1, "2022-04-05", 1));

        Assert.Empty(scenario.Plan("2022-03-21").Notifications);
        Assert.Equal(["due|1|1|2022-04-05|15"], Pending(scenario.Plan("2022-03-22")));
    }

    [Fact]
    public void An_office_without_address_is_reported_to_the_coordinator()
    {
        var scenario = new Scenario().With(Dated(1, "2022-03-31", 1));
        scenario.Offices[0] = Office(1, "Oficina Comunicaciones", null, null);

        var digest = Assert.Single(scenario.Plan("2022-03-16").Digests);

        Assert.True(digest.Unaddressed);
        Assert.Equal([Coordinator], digest.To);
    }

    [Fact]
    public void Extra_closed_days_are_not_run_days()
    {
        var scenario = new Scenario().With(Dated(1, "2022-03-31", 1));
        scenario.Options.Calendar.ExtraClosedDays = ["2022-03-16"];

        Assert.Empty(scenario.Plan("2022-03-16").Notifications);
        Assert.Equal(["due|1|1|2022-03-31|15"], Pending(scenario.Plan("2022-03-17")));
    }

    [Fact]
    public void Notifications_say_what_kind_they_are_and_whom_they_concern()
    {
        var result = new Scenario().With(Dated(1, "2022-01-31", 1)).Plan("2022-02-03");

        Assert.Contains(new PlannedNotification("overdue|1|1|2022-01-31|first", NotificationKind.OverdueFirst, 1, 1, null, NotificationState.Pending), result.Notifications);
        Assert.Contains(new PlannedNotification("escalation|1|2022-01-31|L1|jefe.comunicaciones@ejemplo.gov.co", NotificationKind.Escalation, 1, null, "jefe.comunicaciones@ejemplo.gov.co", NotificationState.Pending), result.Notifications);
    }

    [Fact]
    public void An_activity_whose_offices_are_all_unknown_gets_nothing_not_even_escalations()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 99));

        Assert.Empty(scenario.PlanDays("2022-01-01", "2022-03-31"));
    }

    [Fact]
    public void On_its_due_day_an_activity_is_listed_as_due_not_overdue()
    {
        var result = new Scenario().With(Dated(1, "2022-01-31", 1)).Plan("2022-01-31");

        var item = Assert.Single(Assert.Single(result.Digests).Items);
        Assert.Equal((DigestSection.DueSoon, (DateOnly?)D("2022-01-31"), (int?)0, (DateOnly?)null), (item.Section, item.Due, item.Days, item.NextCutOff));
    }

    [Fact]
    public void An_overdue_dated_activity_has_no_next_cut_off_and_an_overdue_duty_names_its_next_one()
    {
        var result = new Scenario().With(Dated(1, "2022-04-29", 1), Ongoing(2, null, 1)).Plan("2022-05-02");

        var items = Assert.Single(result.Digests).Items;
        Assert.Equal((DigestSection.Overdue, (DateOnly?)null), (items.Single(i => i.ActivityId == 1).Section, items.Single(i => i.ActivityId == 1).NextCutOff));
        Assert.Equal((DigestSection.Overdue, (DateOnly?)D("2022-08-31")), (items.Single(i => i.ActivityId == 2).Section, items.Single(i => i.ActivityId == 2).NextCutOff));
    }

    [Fact]
    public void An_ongoing_duty_of_a_past_plan_year_is_not_listed()
    {
        var scenario = new Scenario().With(
            Ongoing(1, null, 1) with { Year = 2021, Progress = [new ProgressReport(D("2021-12-01"), "Avance", null)] },
            Dated(2, "2022-02-28", 1));

        var result = scenario.Plan("2022-01-31");

        Assert.Equal([2L], Assert.Single(result.Digests).Items.Select(i => i.ActivityId));
    }
}
