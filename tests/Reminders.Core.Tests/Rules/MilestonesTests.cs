using Reminders.Core.Plans;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

public class MilestonesTests
{
    [Theory]
    [InlineData("2022-02-28", null)]
    [InlineData("2022-03-01", "due|1|1|2022-03-31|30")]
    [InlineData("2022-03-02", "due|1|1|2022-03-31|30")]
    [InlineData("2022-03-16", "due|1|1|2022-03-31|15")]
    [InlineData("2022-03-25", "due|1|1|2022-03-31|7")]
    [InlineData("2022-03-30", "due|1|1|2022-03-31|1")]
    [InlineData("2022-03-31", "due|1|1|2022-03-31|0")]
    [InlineData("2022-04-01", null)]
    public void On_a_first_run_the_latest_reached_milestone_is_due(string run, string? expected)
    {
        var pending = Pending(new Scenario().With(Dated(1, "2022-03-31", 1)).Plan(run));

        Assert.Equal(expected is null ? [] : [expected], pending.Where(k => k.StartsWith("due|", StringComparison.Ordinal)));
    }

    [Fact]
    public void Day_by_day_only_milestone_days_send_something()
    {
        var days = new Scenario().With(Dated(1, "2022-03-31", 1)).PlanDays("2022-02-01", "2022-03-31");

        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["2022-03-01"] = ["due|1|1|2022-03-31|30"],
                ["2022-03-16"] = ["due|1|1|2022-03-31|15"],
                ["2022-03-24"] = ["due|1|1|2022-03-31|7"],
                ["2022-03-28"] = ["due|1|1|2022-03-31|3"],
                ["2022-03-30"] = ["due|1|1|2022-03-31|1"],
                ["2022-03-31"] = ["due|1|1|2022-03-31|0"],
            },
            days);
    }

    [Fact]
    public void After_ten_days_down_one_catch_up_is_sent_and_the_missed_milestone_is_superseded()
    {
        var scenario = new Scenario().With(Dated(1, "2022-03-31", 1));
        scenario.Plan("2022-03-14");

        var result = scenario.Plan("2022-03-25");

        Assert.Equal(["due|1|1|2022-03-31|7"], Pending(result));
        Assert.Equal(["due|1|1|2022-03-31|15"], Superseded(result));
        Assert.Single(result.Digests);
    }

    [Fact]
    public void A_first_run_late_in_the_lead_marks_every_larger_milestone_superseded()
    {
        var result = new Scenario().With(Dated(1, "2022-03-31", 1)).Plan("2022-03-29");

        Assert.Equal(["due|1|1|2022-03-31|3"], Pending(result));
        Assert.Equal(["due|1|1|2022-03-31|7", "due|1|1|2022-03-31|15", "due|1|1|2022-03-31|30"], Superseded(result));
    }

    [Fact]
    public void Planning_again_with_the_produced_keys_taken_yields_nothing()
    {
        var scenario = new Scenario().With(Dated(1, "2022-03-31", 1, 2));
        Assert.NotEmpty(scenario.Plan("2022-03-29").Notifications);

        var again = scenario.Plan("2022-03-29");

        Assert.Empty(again.Notifications);
        Assert.Empty(again.Digests);
    }

    [Fact]
    public void Co_responsible_offices_are_both_notified()
    {
        var result = new Scenario().With(Dated(1, "2022-03-31", 1, 2)).Plan("2022-03-16");

        Assert.Equal(["due|1|1|2022-03-31|15", "due|1|2|2022-03-31|15"], Pending(result));
        Assert.Equal(["Gobierno Digital", "Oficina Comunicaciones"], result.Digests.Select(d => d.Office.Name));
    }

    [Fact]
    public void A_moved_due_date_restarts_the_milestones()
    {
        var scenario = new Scenario().With(Dated(1, "2022-03-31", 1));
        Assert.Equal(["due|1|1|2022-03-31|3"], Pending(scenario.Plan("2022-03-28")));

        scenario.Activities[0] = scenario.Activities[0] with { Schedule = Schedule.On(D("2022-04-27")) };

        Assert.Equal(["due|1|1|2022-04-27|30"], Pending(scenario.Plan("2022-03-28")));
    }

    [Fact]
    public void Lead_days_can_count_business_days_across_holidays()
    {
        var scenario = new Scenario().With(Dated(1, "2022-04-19", 1));
        scenario.Options.LeadInBusinessDays = true;

        // 13, 18 and 19 April are the business days after the 12th (14 and 15 are Holy Week holidays).
        Assert.Equal(["due|1|1|2022-04-19|3"], Pending(scenario.Plan("2022-04-12")));
    }
}
