using Reminders.Core.Options;

namespace Reminders.Core.Tests.Options;

public class RemindersOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(Action<RemindersOptions> change)
    {
        var options = new RemindersOptions().ApplyDefaults();
        change(options);
        var result = new RemindersOptionsValidator().Validate(null, options);
        return [.. result.Failures ?? []];
    }

    [Fact]
    public void The_defaults_are_valid() => Assert.Empty(Failures(_ => { }));

    [Theory]
    [InlineData("Mars/Olympus", "Reminders:TimeZone")]
    [InlineData("", "Reminders:TimeZone")]
    public void An_unknown_time_zone_is_rejected(string zone, string setting) =>
        Assert.Contains(Failures(o => o.TimeZone = zone), f => f.StartsWith(setting, StringComparison.Ordinal) && f.Contains(zone, StringComparison.Ordinal));

    [Fact]
    public void Negative_lead_days_are_rejected_with_the_value() =>
        Assert.Contains("Reminders:LeadDays no puede tener valores negativos (-3).", Failures(o => o.LeadDays = [7, -3]));

    [Fact]
    public void Repeated_lead_days_are_rejected() =>
        Assert.Contains("Reminders:LeadDays tiene valores repetidos (7).", Failures(o => o.LeadDays = [7, 7, 1]));

    [Fact]
    public void Negative_cut_off_lead_days_are_rejected() =>
        Assert.Contains(Failures(o => o.Ongoing.CutOffLeadDays = [-1]), f => f.StartsWith("Reminders:Ongoing:CutOffLeadDays", StringComparison.Ordinal));

    [Theory]
    [InlineData("13-01")]
    [InlineData("04-31")]
    [InlineData("30/04")]
    public void A_bad_cut_off_is_rejected(string cutOff) =>
        Assert.Contains(Failures(o => o.Ongoing.CutOffs = [cutOff]), f => f.StartsWith("Reminders:Ongoing:CutOffs", StringComparison.Ordinal) && f.Contains(cutOff, StringComparison.Ordinal));

    [Fact]
    public void A_level_after_less_than_one_day_is_rejected() =>
        Assert.Contains(Failures(o => o.Escalation.Levels[0].AfterDays = 0), f => f.StartsWith("Reminders:Escalation:Levels:0:AfterDays", StringComparison.Ordinal));

    [Fact]
    public void Levels_must_come_in_increasing_days() =>
        Assert.Contains(Failures(o => o.Escalation.Levels[1].AfterDays = 3), f => f.StartsWith("Reminders:Escalation:Levels:1:AfterDays", StringComparison.Ordinal));

    [Fact]
    public void A_notify_entry_that_is_neither_a_role_nor_an_address_is_rejected() =>
        Assert.Contains(Failures(o => o.Escalation.Levels[0].Notify = ["Jefe", "ok@ejemplo.gov.co", "coordinator"]),
            f => f.StartsWith("Reminders:Escalation:Levels:0:Notify", StringComparison.Ordinal) && f.Contains("'Jefe'", StringComparison.Ordinal));

    [Fact]
    public void Roles_and_addresses_in_notify_are_accepted() =>
        Assert.Empty(Failures(o => o.Escalation.Levels[0].Notify = ["OfficeHead", "controlinterno", "ok@ejemplo.gov.co"]));

    [Fact]
    public void Invalid_role_addresses_are_rejected()
    {
        var failures = Failures(o =>
        {
            o.Roles.Coordinator = "planeacion";
            o.Roles.ControlInterno = "Control <ci@ejemplo.gov.co>";
        });

        Assert.Contains(failures, f => f.StartsWith("Reminders:Roles:Coordinator", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Reminders:Roles:ControlInterno", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_extra_dates_are_rejected()
    {
        var failures = Failures(o =>
        {
            o.Calendar.ExtraClosedDays = ["2022-02-30"];
            o.Calendar.ExtraWorkingDays = ["24/12/2022"];
        });

        Assert.Contains("Reminders:Calendar:ExtraClosedDays: '2022-02-30' no es una fecha yyyy-MM-dd válida.", failures);
        Assert.Contains("Reminders:Calendar:ExtraWorkingDays: '24/12/2022' no es una fecha yyyy-MM-dd válida.", failures);
    }

    [Fact]
    public void An_unknown_country_is_rejected() =>
        Assert.Contains(Failures(o => o.Calendar.Country = "PE"), f => f.StartsWith("Reminders:Calendar:Country", StringComparison.Ordinal));
}
