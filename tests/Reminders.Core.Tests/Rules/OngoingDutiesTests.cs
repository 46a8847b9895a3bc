using Reminders.Core.Digests;
using Reminders.Core.Plans;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

public class OngoingDutiesTests
{
    private static Dictionary<string, string[]> Days(Scenario scenario, string from, string to, string prefix) =>
        scenario.PlanDays(from, to)
            .Select(day => (day.Key, Keys: day.Value.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToArray()))
            .Where(day => day.Keys.Length > 0)
            .ToDictionary(day => day.Key, day => day.Keys);

    private static Scenario WithProgress(Activity activity, params string[] dates) =>
        new Scenario().With(activity with { Progress = [.. dates.Select(d => new ProgressReport(D(d), "Avance", null))] });

    [Fact]
    public void The_monthly_slot_falls_on_the_first_business_day_of_each_month()
    {
        var days = Days(WithProgress(Ongoing(1, null, 1), "2022-04-01", "2022-08-01", "2022-12-01"), "2022-01-01", "2022-12-31", "ongoing|1|1|slot|");

        Assert.Equal(
            ["2022-01-03", "2022-02-01", "2022-03-01", "2022-04-01", "2022-05-02", "2022-06-01",
             "2022-07-01", "2022-08-01", "2022-09-01", "2022-10-03", "2022-11-01", "2022-12-01"],
            days.Keys);
        Assert.Equal(["ongoing|1|1|slot|2022-05-01"], days["2022-05-02"]);
    }

    [Fact]
    public void A_quarterly_duty_is_reminded_once_a_quarter()
    {
        var days = Days(WithProgress(Ongoing(1, Cadence.Quarterly, 1), "2022-04-01", "2022-08-01", "2022-12-01"), "2022-01-01", "2022-12-31", "ongoing|1|1|slot|");

        Assert.Equal(["2022-01-03", "2022-04-01", "2022-07-01", "2022-10-03"], days.Keys);
    }

    [Fact]
    public void The_configured_cadence_applies_when_the_plan_names_none()
    {
        var scenario = WithProgress(Ongoing(1, null, 1), "2022-04-01", "2022-08-01", "2022-12-01");
        scenario.Options.Ongoing.Cadence = Cadence.HalfYearly;

        Assert.Equal(["2022-01-03", "2022-07-01"], Days(scenario, "2022-01-01", "2022-12-31", "ongoing|1|1|slot|").Keys);
    }

    [Fact]
    public void A_missed_slot_is_caught_up_by_the_next_run_within_the_slot()
    {
        var scenario = new Scenario().With(Ongoing(1, null, 1));

        Assert.Equal(["ongoing|1|1|slot|2022-02-01"], Pending(scenario.Plan("2022-02-09")));
        Assert.Empty(Pending(scenario.Plan("2022-02-10")));
    }

    [Fact]
    public void Cut_off_lead_reminders_come_ten_and_three_days_before()
    {
        var days = Days(new Scenario().With(Ongoing(1, null, 1)), "2022-04-02", "2022-04-30", "ongoing|1|1|cutoff|");

        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["2022-04-20"] = ["ongoing|1|1|cutoff|2022-04-30|10"],
                ["2022-04-27"] = ["ongoing|1|1|cutoff|2022-04-30|3"],
            },
            days);
    }

    [Fact]
    public void No_cut_off_lead_reminder_once_the_period_has_a_progress_report()
    {
        var days = Days(WithProgress(Ongoing(1, null, 1), "2022-03-15"), "2022-04-02", "2022-04-30", "ongoing|1|1|cutoff|");

        Assert.Empty(days);
    }

    [Fact]
    public void A_cut_off_without_progress_makes_the_duty_overdue_and_escalates()
    {
        var scenario = new Scenario().With(Ongoing(1, null, 1));
        scenario.PlanDays("2022-04-01", "2022-04-30");

        var days = scenario.PlanDays("2022-05-01", "2022-05-16");

        Assert.Equal(["ongoing|1|1|slot|2022-05-01", "overdue|1|1|2022-04-30|first"], days["2022-05-02"]);
        Assert.Equal(["escalation|1|2022-04-30|L1|jefe.comunicaciones@ejemplo.gov.co"], days["2022-05-04"]);
        Assert.Equal(["overdue|1|1|2022-04-30|2022-W19"], days["2022-05-09"]);
        Assert.Equal(["escalation|1|2022-04-30|L2|planeacion@ejemplo.gov.co", "escalation|1|2022-04-30|L2|controlinterno@ejemplo.gov.co"], days["2022-05-13"]);
    }

    [Fact]
    public void A_progress_report_in_the_period_prevents_the_overdue_notice()
    {
        var scenario = WithProgress(Ongoing(1, null, 1), "2022-04-10");

        var days = scenario.PlanDays("2022-05-01", "2022-05-31");

        Assert.DoesNotContain(days.Values.SelectMany(k => k), k => k.StartsWith("overdue|", StringComparison.Ordinal) || k.StartsWith("escalation|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_progress_report_on_the_first_day_of_the_period_counts()
    {
        // The second period runs from 1 May (the day after the first cut-off) to 31 August.
        var scenario = WithProgress(Ongoing(1, null, 1), "2022-04-10", "2022-05-01");

        Assert.DoesNotContain(Pending(scenario.Plan("2022-09-01")), k => k.StartsWith("overdue|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_late_progress_report_stops_the_reminders()
    {
        var scenario = new Scenario().With(Ongoing(1, null, 1));
        Assert.Contains("overdue|1|1|2022-04-30|first", Pending(scenario.Plan("2022-05-02")));

        scenario.Activities[0] = scenario.Activities[0] with { Progress = [new ProgressReport(D("2022-05-03"), "Informe", null)] };
        var days = scenario.PlanDays("2022-05-03", "2022-05-31");

        Assert.DoesNotContain(days.Values.SelectMany(k => k), k => k.StartsWith("overdue|", StringComparison.Ordinal) || k.StartsWith("escalation|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_duty_is_not_overdue_on_its_own_cut_off_day_but_the_day_after()
    {
        // 2022-08-31 (a Wednesday) is the second cut-off; the first period has its progress report. Activity 2, due that
        // day, makes a digest go out to the same office on both days, listing the duty.
        var scenario = WithProgress(Ongoing(1, null, 1), "2022-04-10").With(Dated(2, "2022-08-31", 1));

        var onCutOff = scenario.Plan("2022-08-31");
        var dayAfter = scenario.Plan("2022-09-01");

        Assert.DoesNotContain(Pending(onCutOff), k => k.StartsWith("overdue|1|", StringComparison.Ordinal));
        var listed = Assert.Single(Assert.Single(onCutOff.Digests).Items, i => i.ActivityId == 1);
        Assert.Equal((DigestSection.Ongoing, (DateOnly?)D("2022-08-31")), (listed.Section, listed.NextCutOff));

        Assert.Contains("overdue|1|1|2022-08-31|first", Pending(dayAfter));
        var late = Assert.Single(Assert.Single(dayAfter.Digests).Items, i => i.ActivityId == 1);
        Assert.Equal((DigestSection.Overdue, (DateOnly?)D("2022-08-31"), (int?)-1), (late.Section, late.Due, late.Days));
    }

    [Fact]
    public void The_next_cut_off_takes_over()
    {
        var scenario = WithProgress(Ongoing(1, null, 1), "2022-04-10");

        var result = scenario.Plan("2022-09-01");

        Assert.Contains("overdue|1|1|2022-08-31|first", Pending(result));
        Assert.DoesNotContain(Pending(result), k => k.Contains("2022-04-30", StringComparison.Ordinal));
    }

    [Fact]
    public void Slots_and_cut_offs_belong_to_the_plan_year_only()
    {
        var scenario = WithProgress(Ongoing(1, null, 1), "2022-12-01");

        Assert.Empty(scenario.Plan("2023-02-01").Notifications);
    }
}
