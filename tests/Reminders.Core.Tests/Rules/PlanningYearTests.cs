using Reminders.Core.Rules;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

/// <summary>Every day of 2022 for sample-like activities, with the outbox growing day by day.</summary>
public class PlanningYearTests
{
    // Colombian holidays of 2022 that fall on a weekday (Ley 51 de 1983, Easter-based ones from Easter Sunday 17 April).
    private static readonly HashSet<DateOnly> WeekdayHolidays =
    [
        .. new[]
        {
            "2022-01-10", "2022-03-21", "2022-04-14", "2022-04-15", "2022-05-30", "2022-06-20", "2022-06-27",
            "2022-07-04", "2022-07-20", "2022-08-15", "2022-10-17", "2022-11-07", "2022-11-14", "2022-12-08",
        }.Select(D),
    ];

    [Fact]
    public void Over_a_whole_year_nothing_is_planned_twice_and_nothing_on_closed_days()
    {
        var scenario = new Scenario().With(
            Dated(1, "2022-01-31", 1),
            Dated(2, "2022-02-25", 1, 2),
            Dated(3, "2022-03-31", 3),
            Dated(4, "2022-03-31", 2, 3),
            Ongoing(5, null, 2, 1));
        var plannedOn = new Dictionary<string, string>(StringComparer.Ordinal);
        var messages = new HashSet<string>(StringComparer.Ordinal);

        for (var day = D("2022-01-01"); day.Year == 2022; day = day.AddDays(1))
        {
            var result = scenario.Plan(day);
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || WeekdayHolidays.Contains(day))
            {
                Assert.Empty(result.Notifications);
                continue;
            }

            Assert.All(result.Notifications, n => Assert.True(plannedOn.TryAdd(n.Key, $"{day:yyyy-MM-dd}"), $"{n.Key} planned twice ({day})"));
            var pending = result.Notifications.Where(n => n.State == NotificationState.Pending).Select(n => n.Key).ToHashSet();
            var carried = result.Digests.SelectMany(d => d.NotificationKeys).Concat(result.Escalations.SelectMany(e => e.NotificationKeys)).ToList();
            Assert.Equal(pending.Order(), carried.Order());
            Assert.All(result.Digests, d => Assert.True(messages.Add(d.Key)));
            Assert.All(result.Escalations, e => Assert.True(messages.Add(e.Key)));
            Assert.Equal(result.Digests.Count, result.Digests.Select(d => d.Office.Id).Distinct().Count());
            Assert.Equal(result.Escalations.Count, result.Escalations.Select(e => e.Recipient).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        // One first notice (Tuesday 1 February) and a reminder on the first business day of each of weeks 6 to 52
        // (a Tuesday after a Monday holiday); week 5's weekly key is superseded by the first notice.
        Assert.Equal("2022-02-01", plannedOn["overdue|1|1|2022-01-31|first"]);
        Assert.Equal(
            [
                "2022-02-07", "2022-02-14", "2022-02-21", "2022-02-28", "2022-03-07", "2022-03-14", "2022-03-22", "2022-03-28",
                "2022-04-04", "2022-04-11", "2022-04-18", "2022-04-25", "2022-05-02", "2022-05-09", "2022-05-16", "2022-05-23",
                "2022-05-31", "2022-06-06", "2022-06-13", "2022-06-21", "2022-06-28", "2022-07-05", "2022-07-11", "2022-07-18",
                "2022-07-25", "2022-08-01", "2022-08-08", "2022-08-16", "2022-08-22", "2022-08-29", "2022-09-05", "2022-09-12",
                "2022-09-19", "2022-09-26", "2022-10-03", "2022-10-10", "2022-10-18", "2022-10-24", "2022-10-31", "2022-11-08",
                "2022-11-15", "2022-11-21", "2022-11-28", "2022-12-05", "2022-12-12", "2022-12-19", "2022-12-26",
            ],
            DaysOf(plannedOn, "overdue|1|1|2022-01-31|2022-W", k => !k.EndsWith("-W05", StringComparison.Ordinal)));

        // The monthly slot of the ongoing duty, on the first business day of each month.
        Assert.Equal(
            ["2022-01-03", "2022-02-01", "2022-03-01", "2022-04-01", "2022-05-02", "2022-06-01",
             "2022-07-01", "2022-08-01", "2022-09-01", "2022-10-03", "2022-11-01", "2022-12-01"],
            DaysOf(plannedOn, "ongoing|5|2|slot|"));

        // Due 31 March: 30, 15, 7, 3, 1 and 0 days before, all business days.
        Assert.Equal(["2022-03-01", "2022-03-16", "2022-03-24", "2022-03-28", "2022-03-30", "2022-03-31"], DaysOf(plannedOn, "due|3|3|2022-03-31|"));
    }

    [Fact]
    public void Over_a_whole_year_every_key_names_the_activity_it_is_recorded_under()
    {
        // The outbox keeps a key under (activity, key) and relies on the key naming that activity, so that the pair is
        // unique exactly when the key is (docs/architecture.md, "The notification keys"): every kind, including a level
        // whose role has no address and the cut-off leads of an ongoing duty.
        var scenario = new Scenario().With(
            Dated(11, "2022-01-31", 1),
            Dated(12, "2022-02-25", 1, 2),
            Dated(13, "2022-03-31", 3),
            Ongoing(15, null, 2, 1));
        scenario.Roles = new EntityRoles(Coordinator, null);
        var kinds = new HashSet<NotificationKind>();

        for (var day = D("2022-01-01"); day.Year == 2022; day = day.AddDays(1))
        {
            foreach (var n in scenario.Plan(day).Notifications)
            {
                Assert.Equal(n.ActivityId.ToString(System.Globalization.CultureInfo.InvariantCulture), n.Key.Split('|')[1]);
                kinds.Add(n.Kind);
            }
        }

        Assert.Equal(Enum.GetValues<NotificationKind>().Order(), kinds.Order());
    }

    private static List<string> DaysOf(Dictionary<string, string> plannedOn, string prefix, Func<string, bool>? where = null) =>
        [.. plannedOn.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && (where?.Invoke(p.Key) ?? true)).Select(p => p.Value).Order(StringComparer.Ordinal)];
}
