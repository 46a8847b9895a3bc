using Reminders.Core.Rules;
using static Reminders.Core.Tests.Rules.Scenario;

namespace Reminders.Core.Tests.Rules;

public class NotificationKeyTests
{
    [Fact]
    public void Keys_keep_their_documented_formats()
    {
        Assert.Equal("due|7|3|2022-01-31|15", NotificationKey.DueSoon(7, 3, D("2022-01-31"), 15));
        Assert.Equal("overdue|7|3|2022-01-31|first", NotificationKey.OverdueFirst(7, 3, D("2022-01-31")));
        Assert.Equal("overdue|7|3|2022-01-31|2022-W01", NotificationKey.OverdueWeekly(7, 3, D("2022-01-31"), D("2022-01-03")));
        Assert.Equal("overdue|7|3|2022-12-31|2022-W52", NotificationKey.OverdueWeekly(7, 3, D("2022-12-31"), D("2023-01-01")));
        Assert.Equal("escalation|7|2022-01-31|L2|jefe@ejemplo.gov.co", NotificationKey.Escalation(7, D("2022-01-31"), 2, "Jefe@Ejemplo.gov.co"));
        Assert.Equal("ongoing|7|3|slot|2022-04-01", NotificationKey.OngoingSlot(7, 3, D("2022-04-01")));
        Assert.Equal("ongoing|7|3|cutoff|2022-04-30|10", NotificationKey.CutOffLead(7, 3, D("2022-04-30"), 10));
        Assert.Equal("digest|Alcaldía|3|2022-02-01", NotificationKey.DigestMessage("Alcaldía", 3, D("2022-02-01")));
        Assert.Equal("escalation-message|Alcaldía|ci@ejemplo.gov.co|2022-02-01", NotificationKey.EscalationMessage("Alcaldía", "CI@ejemplo.gov.co", D("2022-02-01")));
    }

    [Fact]
    public void Keys_are_written_in_the_invariant_culture_whatever_the_current_one()
    {
        var current = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Thai formats dates in the Buddhist calendar (2022 is 2565) by default.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
            Assert.Equal("due|7|3|2022-01-31|15", NotificationKey.DueSoon(7, 3, D("2022-01-31"), 15));
            Assert.Equal("overdue|7|3|2022-01-31|2022-W05", NotificationKey.OverdueWeekly(7, 3, D("2022-01-31"), D("2022-02-01")));
            Assert.Equal("digest|Alcaldía|3|2022-02-01", NotificationKey.DigestMessage("Alcaldía", 3, D("2022-02-01")));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = current;
        }
    }
}
