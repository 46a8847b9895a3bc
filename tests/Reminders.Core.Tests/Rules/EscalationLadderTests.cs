using Reminders.Core.Digests;
using Reminders.Core.Plans;
using Reminders.Core.Rules;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

public class EscalationLadderTests
{
    private static Dictionary<string, string[]> EscalationDays(Scenario scenario, string from, string to) =>
        scenario.PlanDays(from, to)
            .Select(day => (day.Key, Keys: day.Value.Where(k => k.StartsWith("escalation|", StringComparison.Ordinal)).ToArray()))
            .Where(day => day.Keys.Length > 0)
            .ToDictionary(day => day.Key, day => day.Keys);

    [Fact]
    public void Level_one_after_three_business_days_and_level_two_after_ten()
    {
        var days = EscalationDays(new Scenario().With(Dated(1, "2022-01-31", 1)), "2022-01-31", "2022-03-31");

        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["2022-02-03"] = ["escalation|1|2022-01-31|L1|jefe.comunicaciones@ejemplo.gov.co"],
                ["2022-02-14"] = ["escalation|1|2022-01-31|L2|planeacion@ejemplo.gov.co", "escalation|1|2022-01-31|L2|controlinterno@ejemplo.gov.co"],
            },
            days);
    }

    [Fact]
    public void Holidays_do_not_count_as_days_late()
    {
        // Due Friday 18 March; Monday the 21st is San José; Holy Week does not matter before 4 April.
        var days = EscalationDays(new Scenario().With(Dated(1, "2022-03-18", 1)), "2022-03-18", "2022-04-30");

        Assert.Equal(["2022-03-24", "2022-04-04"], days.Keys);
    }

    [Fact]
    public void Escalated_supervisors_are_copied_on_the_later_digests_of_the_office()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1));
        scenario.PlanDays("2022-02-01", "2022-02-06");

        var monday = Assert.Single(scenario.Plan("2022-02-07").Digests);
        scenario.PlanDays("2022-02-08", "2022-02-20");
        var later = Assert.Single(scenario.Plan("2022-02-21").Digests);

        Assert.Equal(["jefe.comunicaciones@ejemplo.gov.co"], monday.Cc);
        Assert.Equal(["jefe.comunicaciones@ejemplo.gov.co", Coordinator, ControlInterno], later.Cc);
    }

    [Fact]
    public void A_supervisor_gets_one_escalation_per_run_covering_every_late_activity()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1), Dated(2, "2022-01-31", 2), Dated(3, "2022-02-01", 3));

        var result = scenario.Plan("2022-02-15");

        var coordinator = Assert.Single(result.Escalations, e => e.Recipient == Coordinator);
        Assert.Equal([1L, 2L, 3L], coordinator.Items.Select(i => i.ActivityId));
        Assert.Equal("Coordinator", coordinator.Role);
        Assert.Equal("es", coordinator.Language);
        Assert.Equal($"escalation-message|{Entity}|{Coordinator}|2022-02-15", coordinator.Key);
        Assert.Equal(3, coordinator.NotificationKeys.Count);
        var item = coordinator.Items[0];
        Assert.Equal(["Oficina Comunicaciones"], item.Offices);
        Assert.Equal(D("2022-01-31"), item.LateSince);
        Assert.Equal(11, item.DaysLate);
        Assert.Equal(2, item.Level);
    }

    [Fact]
    public void An_office_without_a_head_skips_the_office_head_level()
    {
        var result = new Scenario().With(Dated(1, "2022-01-31", 3)).Plan("2022-02-03");

        Assert.Empty(result.Escalations);
        Assert.DoesNotContain(result.Notifications, n => n.Key.StartsWith("escalation|", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reached_level_without_a_head_is_reported_once_in_the_office_digest_with_the_coordinator_copied()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 3));
        scenario.PlanDays("2022-01-31", "2022-02-02");

        var reached = scenario.Plan("2022-02-03");
        var dayAfter = scenario.Plan("2022-02-04");

        var digest = Assert.Single(reached.Digests);
        Assert.Equal(["escalation-unaddressed|1|3|2022-01-31|L1|officehead"], digest.NotificationKeys);
        Assert.Equal([new MissingEscalation(1, "III", new ActivityNumber(1, 1), 1, "OfficeHead")], digest.MissingEscalations);
        Assert.Equal(["planeacion.oficina@ejemplo.gov.co"], digest.To);
        Assert.Equal([Coordinator], digest.Cc);
        Assert.Empty(dayAfter.Digests);
    }

    [Fact]
    public void An_unset_control_interno_is_reported_to_every_office_of_the_activity_at_level_two()
    {
        var scenario = new Scenario { Roles = new EntityRoles(Coordinator, null) }.With(Dated(1, "2022-01-31", 1, 2));
        scenario.PlanDays("2022-01-31", "2022-02-13");

        var result = scenario.Plan("2022-02-14");

        Assert.Equal(2, result.Digests.Count);
        Assert.All(result.Digests, d => Assert.Equal([new MissingEscalation(1, "III", new ActivityNumber(1, 1), 2, "ControlInterno")], d.MissingEscalations));
        Assert.Contains(result.Notifications, n => n.Key == "escalation-unaddressed|1|1|2022-01-31|L2|controlinterno");
        Assert.Contains(result.Notifications, n => n.Key == "escalation-unaddressed|1|2|2022-01-31|L2|controlinterno");
    }

    [Fact]
    public void Literal_addresses_and_missing_roles_are_resolved()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1));
        scenario.Roles = new(null, ControlInterno);
        scenario.Options.Escalation.Levels[1].Notify = ["Coordinator", "ControlInterno", "Alcalde@Ejemplo.gov.co"];

        var result = scenario.Plan("2022-02-14");

        Assert.Equal(
            ["escalation|1|2022-01-31|L1|jefe.comunicaciones@ejemplo.gov.co", "escalation|1|2022-01-31|L2|controlinterno@ejemplo.gov.co", "escalation|1|2022-01-31|L2|alcalde@ejemplo.gov.co"],
            Pending(result).Where(k => k.StartsWith("escalation|", StringComparison.Ordinal)));
        Assert.Contains(result.Escalations, e => e.Recipient == "Alcalde@Ejemplo.gov.co" && e.Role is null);
    }
}
