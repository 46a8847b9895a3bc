using Reminders.Core.Plans;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

/// <summary>The planner and a closed plan year (docs/follow-up.md): nothing after the closing date.</summary>
public class PlanYearClosingTests
{
    [Fact]
    public void An_overdue_2022_activity_is_reminded_until_the_deadline_and_never_after_closing()
    {
        var scenario = new Scenario().With(Dated(1, "2022-11-30", 1), Ongoing(2, null, 2));

        Assert.NotEmpty(Pending(scenario.Plan("2023-01-16"))); // Monday: the weekly overdue reminder and its escalation
        Assert.Empty(scenario.PlanDays("2023-01-17", "2026-12-31"));
    }

    [Fact]
    public void The_next_plan_year_is_planned_while_the_previous_one_is_closed()
    {
        var next = Dated(3, "2023-02-28", 1) with { Year = 2023 };
        var scenario = new Scenario().With(Dated(1, "2022-11-30", 1), next);

        var pending = Pending(scenario.Plan("2023-02-13"));

        Assert.Equal(["due|3|1|2023-02-28|15"], pending);
    }

    [Fact]
    public void The_closing_day_is_configurable()
    {
        var scenario = new Scenario().With(Dated(1, "2022-11-30", 1));
        scenario.Options.FollowUp.CloseOnBusinessDay = 1; // closed from 3 January 2023

        Assert.Empty(scenario.PlanDays("2023-01-03", "2023-03-31"));
        Assert.Equal(ActivityState.Open, scenario.Activities[0].State);
    }
}
