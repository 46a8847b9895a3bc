using Reminders.Core.Calendar;
using Reminders.Core.Rules;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

/// <summary>Every day of 2022 for sample-like activities, with the outbox growing day by day.</summary>
public class PlanningYearTests
{
    [Fact]
    public void Over_a_whole_year_nothing_is_planned_twice_and_nothing_on_closed_days()
    {
        var scenario = new Scenario().With(
            Dated(1, "2022-01-31", 1),
            Dated(2, "2022-02-25", 1, 2),
            Dated(3, "2022-03-31", 3),
            Dated(4, "2022-03-31", 2, 3),
            Ongoing(5, null, 2, 1));
        var calendar = new BusinessCalendar();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var messages = new HashSet<string>(StringComparer.Ordinal);
        var runDays = 0;

        for (var day = D("2022-01-01"); day.Year == 2022; day = day.AddDays(1))
        {
            var result = scenario.Plan(day);
            if (!calendar.IsBusinessDay(day))
            {
                Assert.Empty(result.Notifications);
                continue;
            }

            runDays += result.Notifications.Count > 0 ? 1 : 0;
            Assert.All(result.Notifications, n => Assert.True(seen.Add(n.Key), $"{n.Key} planned twice ({day})"));
            var pending = result.Notifications.Where(n => n.State == NotificationState.Pending).Select(n => n.Key).ToHashSet();
            var carried = result.Digests.SelectMany(d => d.NotificationKeys).Concat(result.Escalations.SelectMany(e => e.NotificationKeys)).ToList();
            Assert.Equal(pending.Order(), carried.Order());
            Assert.All(result.Digests, d => Assert.True(messages.Add(d.Key)));
            Assert.All(result.Escalations, e => Assert.True(messages.Add(e.Key)));
            Assert.Equal(result.Digests.Count, result.Digests.Select(d => d.Office.Id).Distinct().Count());
            Assert.Equal(result.Escalations.Count, result.Escalations.Select(e => e.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        // One first notice (1 February, week 5, whose weekly key is superseded) and a reminder for each of weeks 6 to 52.
        Assert.Single(seen, k => k.StartsWith("overdue|1|1|2022-01-31|first", StringComparison.Ordinal));
        Assert.Equal(1 + 47, seen.Count(k => k.StartsWith("overdue|1|1|2022-01-31|2022-W", StringComparison.Ordinal)));
        Assert.Equal(12, seen.Count(k => k.StartsWith("ongoing|5|2|slot|", StringComparison.Ordinal)));
        Assert.True(runDays > 50);
    }
}
