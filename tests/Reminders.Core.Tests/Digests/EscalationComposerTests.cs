using Reminders.Core.Tests.Rules;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Digests;

public class EscalationComposerTests
{
    [Fact]
    public void An_office_head_is_written_in_the_office_language_about_that_office_and_the_coordinator_in_spanish()
    {
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1));
        scenario.Offices[0] = scenario.Offices[0] with { Language = "en" };

        var escalations = Enumerable.Range(1, 40)
            .SelectMany(d => scenario.Plan(D("2022-01-31").AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Escalations)
            .ToList();

        var head = escalations.First(e => e.Recipient == "jefe.comunicaciones@ejemplo.gov.co");
        Assert.Equal("en", head.Language);
        Assert.Equal("Oficina Comunicaciones", head.Office);
        Assert.Equal(Coordinator, head.ReplyTo);
        var coordinator = escalations.First(e => e.Recipient == Coordinator);
        Assert.Equal("es", coordinator.Language);
        Assert.Null(coordinator.Office);
    }

    [Fact]
    public void Each_item_carries_its_level_threshold_in_business_days()
    {
        // Default ladder: level 1 after 3 business days, level 2 after 10.
        var scenario = new Scenario().With(Dated(1, "2022-01-31", 1));

        var escalations = Enumerable.Range(1, 40)
            .SelectMany(d => scenario.Plan(D("2022-01-31").AddDays(d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Escalations)
            .ToList();

        Assert.Equal([(1, 3), (2, 10)], escalations.SelectMany(e => e.Items).Select(i => (i.Level, i.LevelAfterDays)).Distinct().Order());
        Assert.All(escalations.SelectMany(e => e.Items), i => Assert.True(i.InBusinessDays));
    }
}
