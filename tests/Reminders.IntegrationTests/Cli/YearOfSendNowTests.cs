using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Outbox;
using static Reminders.IntegrationTests.Infrastructure.ExpectedCalendar;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 3: a whole year of daily <c>send-now</c> runs on the sample plan, checked against docs/rules.md §1–§9.</summary>
public sealed class YearOfSendNowTests(YearOfRuns year) : IClassFixture<YearOfRuns>
{
    private const string Planning = "Secretaría de Planeación";
    private const string Communications = "Oficina Comunicaciones";
    private const string Digital = "Gobierno Digital";

    [Fact]
    public void Nothing_is_sent_on_weekends_or_colombian_holidays()
    {
        Assert.All(year.PlannedPerDay.Where(p => !IsBusinessDay(p.Key)), p => Assert.Equal(0, p.Value));
        Assert.All(year.Messages, m => Assert.True(IsBusinessDay(YearOfRuns.RunDate(m)), $"{m.Kind} sent on {m.RunDate}"));
        Assert.Contains(year.Messages, m => m.RunDate == "2022-03-22" && m.Office == Communications);
    }

    [Fact]
    public void Every_message_is_written_once_to_the_pickup_folder_and_marked_sent()
    {
        Assert.All(year.Messages, m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.Equal(year.Messages.Select(m => $"{m.Id}.eml").Order(StringComparer.Ordinal), year.EmlFiles.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Each_office_gets_a_digest_exactly_on_its_milestone_overdue_weekly_and_ongoing_days()
    {
        foreach (var office in year.OfficesOf.Values.SelectMany(o => o).Distinct())
        {
            var expected = new SortedSet<DateOnly>();
            foreach (var (number, offices) in year.OfficesOf.Where(a => a.Value.Contains(office)))
            {
                expected.UnionWith(year.DueOf[number] is { } due ? DatedNoticeDays(due) : OngoingNoticeDays());
            }

            var actual = year.Messages.Where(m => m.Kind == MessageKind.Digest && m.Office == office).Select(YearOfRuns.RunDate).ToList();
            Assert.Equal(actual.Count, actual.Distinct().Count());
            Assert.Equal(expected, new SortedSet<DateOnly>(actual));
        }
    }

    [Fact]
    public void Each_office_receives_only_its_own_activities_at_its_own_addresses()
    {
        foreach (var digest in year.Messages.Where(m => m.Kind == MessageKind.Digest))
        {
            var office = SampleFiles.Offices.Single(o => o.Name == digest.Office);
            Assert.Equal([office.Email], digest.To);
            Assert.All(YearOfRuns.Numbers(digest), n => Assert.Contains(digest.Office!, year.OfficesOf[n]));
        }
    }

    [Fact]
    public void Both_co_responsible_offices_are_notified_of_the_shared_activities()
    {
        foreach (var day in new[] { "2022-03-01", "2022-03-31", "2022-04-01" })
        {
            foreach (var office in new[] { Digital, Communications })
            {
                var digest = Assert.Single(year.Messages, m => m.Kind == MessageKind.Digest && m.Office == office && m.RunDate == day);
                Assert.Superset(new HashSet<string> { "1.5", "1.6", "1.7" }, YearOfRuns.Numbers(digest).ToHashSet());
            }
        }
    }

    [Fact]
    public void A_milestone_on_a_weekend_is_caught_up_on_the_next_business_day_and_the_skipped_one_superseded()
    {
        // 2022-01-31 minus 30 is Saturday 1 January (a holiday): the 30-day notice goes out on Monday 3 January.
        Assert.Contains(year.Messages, m => m.Office == Planning && m.RunDate == "2022-01-03" && YearOfRuns.Numbers(m).Contains("1.1"));
        // Sunday 30 January is the 1-day milestone; on Monday 31st the 0-day one is sent and the 1-day one superseded.
        var onDueDay = year.Notifications.Where(n => n.RunDate == "2022-01-31" && n.Key.StartsWith("due|", StringComparison.Ordinal)).ToList();
        Assert.Contains(onDueDay, n => n.Key.EndsWith("|2022-01-31|0", StringComparison.Ordinal) && n.State == "pending");
        Assert.Contains(onDueDay, n => n.Key.EndsWith("|2022-01-31|1", StringComparison.Ordinal) && n.State == "superseded");
        Assert.DoesNotContain(year.Notifications, n => n.Key.StartsWith("due|", StringComparison.Ordinal) && n.Key.EndsWith("|2022-01-31|1", StringComparison.Ordinal) && n.State != "superseded");
    }

    [Fact]
    public void Escalations_reach_the_office_head_after_3_business_days_and_coordinator_and_control_interno_after_10()
    {
        var expected = new Dictionary<(string Recipient, DateOnly Day), SortedSet<string>>();
        void Add(string recipient, DateOnly day, string number)
        {
            if (!expected.TryGetValue((recipient, day), out var numbers))
            {
                expected[(recipient, day)] = numbers = new SortedSet<string>(StringComparer.Ordinal);
            }

            numbers.Add(number);
        }

        foreach (var (number, offices) in year.OfficesOf)
        {
            var lateSince = year.DueOf[number] is { } due ? [due] : new[] { Day("2022-04-30"), Day("2022-08-31") };
            foreach (var late in lateSince)
            {
                foreach (var office in offices)
                {
                    Add(SampleFiles.Offices.Single(o => o.Name == office).Head, AddBusinessDays(late, 3), number);
                }

                Add(SampleFiles.Coordinator, AddBusinessDays(late, 10), number);
                Add(SampleFiles.ControlInterno, AddBusinessDays(late, 10), number);
            }
        }

        var actual = year.Messages.Where(m => m.Kind == MessageKind.Escalation).ToDictionary(
            m => (Assert.Single(m.To), YearOfRuns.RunDate(m)), m => new SortedSet<string>(YearOfRuns.Numbers(m), StringComparer.Ordinal));
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"),
            actual.OrderBy(e => e.Key).Select(e => $"{e.Key}: {string.Join(' ', e.Value)}"));
        Assert.Contains(actual, e => e.Key == ("jefe.planeacion@ejemplo.gov.co", Day("2022-05-04")) && e.Value.SetEquals(["3.7"]));
    }

    [Fact]
    public void Once_escalated_the_supervisors_are_copied_on_the_office_overdue_reminders()
    {
        var before = Assert.Single(year.Messages, m => m.Office == Communications && m.RunDate == "2022-02-01");
        var afterLevel1 = Assert.Single(year.Messages, m => m.Office == Communications && m.RunDate == "2022-02-07");
        var afterLevel2 = Assert.Single(year.Messages, m => m.Office == Communications && m.RunDate == "2022-02-21");

        Assert.Empty(before.Cc);
        Assert.Equal(["jefe.prensa@ejemplo.gov.co"], afterLevel1.Cc);
        Assert.Equal(
            new[] { SampleFiles.ControlInterno, SampleFiles.Coordinator, "jefe.prensa@ejemplo.gov.co" }.Order(StringComparer.Ordinal),
            afterLevel2.Cc.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_ongoing_duty_is_listed_on_the_first_business_day_of_every_month()
    {
        foreach (var month in Enumerable.Range(1, 12))
        {
            var day = FirstBusinessDayOnOrAfter(new DateOnly(2022, month, 1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var digest = Assert.Single(year.Messages, m => m.Office == Planning && m.RunDate == day);
            Assert.Contains("3.7", YearOfRuns.Numbers(digest));
            Assert.Contains(year.Notifications, n => n.Key.Contains("|slot|", StringComparison.Ordinal) && n.RunDate == day && n.State == "pending");
        }
    }

    [Fact]
    public void The_whole_year_runs_in_reasonable_time() =>
        Assert.True(year.Elapsed < TimeSpan.FromMinutes(2), $"365 runs took {year.Elapsed}");

    /// <summary>3.7 (no progress ever recorded): monthly slots, lead days 10 and 3 before each cut-off, then overdue from each missed cut-off.</summary>
    private static IEnumerable<DateOnly> OngoingNoticeDays()
    {
        foreach (var month in Enumerable.Range(1, 12))
        {
            yield return FirstBusinessDayOnOrAfter(new DateOnly(2022, month, 1));
        }

        foreach (var cutOff in new[] { Day("2022-04-30"), Day("2022-08-31"), Day("2022-12-31") })
        {
            yield return FirstBusinessDayOnOrAfter(cutOff.AddDays(-10));
            yield return FirstBusinessDayOnOrAfter(cutOff.AddDays(-3));
        }

        foreach (var missed in new[] { Day("2022-04-30"), Day("2022-08-31") })
        {
            var first = FirstBusinessDayOnOrAfter(missed.AddDays(1));
            yield return first;
            foreach (var weekly in FirstBusinessDaysOfLaterWeeks(first))
            {
                yield return weekly;
            }
        }
    }
}
