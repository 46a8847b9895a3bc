using Reminders.Core.Digests;
using Reminders.Core.Plans;
using Reminders.Core.Tests.Rules;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Digests;

public class DigestComposerTests
{
    private static Scenario Office1WithEverything() => new Scenario().With(
        Dated(1, "2022-03-31", 1),          // due soon
        Dated(2, "2022-02-25", 1, 2),       // overdue, shared with Gobierno Digital
        Dated(3, "2022-06-30", 1),          // beyond the horizon: not listed
        Dated(4, "2022-03-20", 1),          // due soon, earlier
        Ongoing(5, null, 1) with { Progress = [new ProgressReport(D("2022-01-15"), "Avance", null)] },
        Dated(6, "2022-01-31", 1) with { State = ActivityState.Done },
        Dated(7, "2022-03-31", 2));         // another office's

    [Fact]
    public void A_digest_lists_every_open_item_of_the_office_in_section_and_date_order()
    {
        var digest = Office1WithEverything().Plan("2022-03-07").Digests.Single(d => d.Office.Id == 1);

        Assert.Equal(
            [(2L, DigestSection.Overdue), (4L, DigestSection.DueSoon), (1L, DigestSection.DueSoon), (5L, DigestSection.Ongoing)],
            digest.Items.Select(i => (i.ActivityId, i.Section)));
        Assert.Equal(-10, digest.Items[0].Days);
        Assert.Equal(13, digest.Items[1].Days);
        Assert.Equal(24, digest.Items[2].Days);
        Assert.Null(digest.Items[3].Days);
        Assert.Equal(D("2022-04-30"), digest.Items[3].NextCutOff);
        Assert.Equal(["Gobierno Digital"], digest.Items[0].CoResponsible);
        Assert.Empty(digest.Items[1].CoResponsible);
    }

    [Fact]
    public void A_digest_carries_the_office_pending_keys_and_its_addresses()
    {
        var result = Office1WithEverything().Plan("2022-03-07");
        var digest = result.Digests.Single(d => d.Office.Id == 1);

        Assert.Equal($"digest|{Entity}|1|2022-03-07", digest.Key);
        Assert.Equal(Entity, digest.Entity);
        Assert.Equal(2022, digest.Year);
        Assert.Equal(D("2022-03-07"), digest.RunDate);
        Assert.Equal(["comunicaciones@ejemplo.gov.co"], digest.To);
        Assert.False(digest.Unaddressed);
        Assert.Equal(
            result.Notifications.Where(n => n.OfficeId == 1 && n.State == Core.Rules.NotificationState.Pending).Select(n => n.Key),
            digest.NotificationKeys);
        Assert.Contains("overdue|2|1|2022-02-25|first", digest.NotificationKeys);
    }

    [Fact]
    public void An_office_with_nothing_pending_gets_no_digest()
    {
        var scenario = Office1WithEverything();
        scenario.Plan("2022-03-07");

        var tuesday = scenario.Plan("2022-03-08");

        Assert.Empty(tuesday.Digests);
    }

    [Fact]
    public void An_office_without_address_goes_to_the_coordinator_marked_unaddressed()
    {
        var scenario = new Scenario().With(Dated(1, "2022-03-31", 3));
        scenario.Offices[2] = Office(3, "Secretaría de Planeación", null, null);

        var digest = Assert.Single(scenario.Plan("2022-03-01").Digests);

        Assert.True(digest.Unaddressed);
        Assert.Equal([Coordinator], digest.To);
        Assert.Equal("Secretaría de Planeación", digest.Office.Name);
    }

    [Fact]
    public void Supervisors_are_copied_only_while_the_office_has_overdue_items_they_escalated()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1), Dated(2, "2022-03-31", 1));
        scenario.PlanDays("2022-02-01", "2022-02-28");
        scenario.Activities[0] = scenario.Activities[0] with { State = ActivityState.Done };

        var digest = Assert.Single(scenario.Plan("2022-03-01").Digests);

        Assert.Empty(digest.Cc);
        Assert.Equal([2L], digest.Items.Select(i => i.ActivityId));
    }

    [Fact]
    public void The_office_head_of_a_co_responsible_office_is_copied_only_on_its_own_office_digest()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1, 2));
        scenario.PlanDays("2022-02-01", "2022-02-06");

        var digests = scenario.Plan("2022-02-07").Digests;

        Assert.Equal(["jefe.comunicaciones@ejemplo.gov.co"], digests.Single(d => d.Office.Id == 1).Cc);
        Assert.Equal(["jefe.gobiernodigital@ejemplo.gov.co"], digests.Single(d => d.Office.Id == 2).Cc);
    }

    [Fact]
    public void A_supervisor_escalated_on_a_run_is_not_also_copied_on_a_digest_about_the_same_activities()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1), Dated(2, "2022-02-15", 1));
        var checkedDays = 0;
        for (var day = D("2022-02-01"); day <= D("2022-03-31"); day = day.AddDays(1))
        {
            var result = scenario.Plan(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            foreach (var escalation in result.Escalations)
            {
                foreach (var digest in result.Digests.Where(d => d.Items.Any(i => escalation.Items.Any(e => e.ActivityId == i.ActivityId))))
                {
                    Assert.DoesNotContain(escalation.Recipient, digest.Cc, StringComparer.OrdinalIgnoreCase);
                    checkedDays++;
                }
            }
        }

        Assert.True(checkedDays > 0, "no run had both an escalation and a digest about the same activity");
    }
}
