using Reminders.Core.Rules;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

public class OverdueRemindersTests
{
    private static Dictionary<string, string[]> OverdueDays(Scenario scenario, string from, string to) =>
        scenario.PlanDays(from, to)
            .Select(day => (day.Key, Keys: day.Value.Where(k => k.StartsWith("overdue|", StringComparison.Ordinal)).ToArray()))
            .Where(day => day.Keys.Length > 0)
            .ToDictionary(day => day.Key, day => day.Keys);

    [Fact]
    public void A_first_notice_then_one_reminder_each_Monday()
    {
        var days = OverdueDays(new Scenario().With(Dated(1, "2022-01-31", 1)), "2022-01-31", "2022-02-28");

        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["2022-02-01"] = ["overdue|1|1|2022-01-31|first"],
                ["2022-02-07"] = ["overdue|1|1|2022-01-31|2022-W06"],
                ["2022-02-14"] = ["overdue|1|1|2022-01-31|2022-W07"],
                ["2022-02-21"] = ["overdue|1|1|2022-01-31|2022-W08"],
                ["2022-02-28"] = ["overdue|1|1|2022-01-31|2022-W09"],
            },
            days);
    }

    [Fact]
    public void The_week_of_the_first_notice_gets_no_weekly_reminder()
    {
        var scenario = new Scenario().With(Dated(1, "2022-02-25", 1));

        var first = scenario.Plan("2022-02-28");
        var days = OverdueDays(scenario, "2022-03-01", "2022-03-07");

        Assert.Equal(["overdue|1|1|2022-02-25|first"], Pending(first).Where(k => k.StartsWith("overdue|", StringComparison.Ordinal)));
        Assert.Equal(["overdue|1|1|2022-02-25|2022-W09"], Superseded(first));
        Assert.Equal(new Dictionary<string, string[]> { ["2022-03-07"] = ["overdue|1|1|2022-02-25|2022-W10"] }, days);
    }

    [Fact]
    public void When_Monday_is_a_holiday_the_reminder_goes_on_Tuesday_and_only_once()
    {
        var scenario = new Scenario().With(Dated(1, "2022-03-01", 1));
        scenario.Plan("2022-03-02");

        var days = OverdueDays(scenario, "2022-03-19", "2022-03-27");

        Assert.Equal(new Dictionary<string, string[]> { ["2022-03-22"] = ["overdue|1|1|2022-03-01|2022-W12"] }, days);
    }

    [Fact]
    public void Weeks_without_a_run_are_not_made_up()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1));
        scenario.Plan("2022-02-01");

        var afterOutage = scenario.Plan("2022-02-23");

        Assert.Equal(["overdue|1|1|2022-01-31|2022-W08"], Pending(afterOutage).Where(k => k.StartsWith("overdue|", StringComparison.Ordinal)));
    }

    [Fact]
    public void Reminders_can_repeat_on_another_weekday()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1));
        scenario.Options.Overdue.RepeatOn = DayOfWeek.Wednesday;

        var days = OverdueDays(scenario, "2022-02-01", "2022-02-13");

        Assert.Equal(["2022-02-01", "2022-02-09"], days.Keys);
    }

    [Fact]
    public void Reminders_can_repeat_on_sunday_the_last_day_of_the_iso_week()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1));
        scenario.Options.Overdue.RepeatOn = DayOfWeek.Sunday;
        scenario.Options.Calendar.RunOnNonBusinessDays = true;

        var days = OverdueDays(scenario, "2022-02-01", "2022-02-20");

        Assert.Equal(["2022-02-01", "2022-02-13", "2022-02-20"], days.Keys);
    }

    [Fact]
    public void Overdue_days_can_count_business_days()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-07", 1));
        scenario.Options.Overdue.InBusinessDays = true;
        scenario.Options.Calendar.RunOnNonBusinessDays = true;

        // Saturday the 8th is one calendar day late but no business day late; Monday the 10th is a holiday.
        Assert.DoesNotContain(Pending(scenario.Plan("2022-01-08")), k => k.StartsWith("overdue|", StringComparison.Ordinal));
        Assert.DoesNotContain(Pending(scenario.Plan("2022-01-10")), k => k.StartsWith("overdue|", StringComparison.Ordinal));
        Assert.Contains("overdue|1|1|2022-01-07|first", Pending(scenario.Plan("2022-01-11")));
    }

    [Fact]
    public void Each_responsible_office_gets_its_own_overdue_keys()
    {
        var result = new Scenario().With(Dated(1, "2022-01-31", 1, 2)).Plan("2022-02-01");

        Assert.Equal(
            [(1L, NotificationKind.OverdueFirst), (2L, NotificationKind.OverdueFirst)],
            result.Notifications.Where(n => n.State == NotificationState.Pending).Select(n => (n.OfficeId!.Value, n.Kind)));
    }
}
