using Microsoft.Extensions.Configuration;

namespace Reminders.Worker.Tests.Configuration;

public sealed class UnknownSettingsTests
{
    [Fact]
    public void Every_key_an_option_takes_is_known_at_every_depth()
    {
        var unknown = Find(
            ("Reminders:LeadDays:0", "30"),
            ("Reminders:Escalation:Levels:0:AfterDays", "3"),
            ("Reminders:Escalation:Levels:0:Notify:0", "OfficeHead"),
            ("Reminders:Calendar:ExtraClosedDays:0", "2022-12-24"),
            ("Mail:Smtp:Host", "smtp.entidad.gov.co"),
            ("mail:smtp:port", "587"),
            ("Mail:Smtp:OAuth2:ClientId", "abc"),
            ("Mail:Intake:Host", "imap.entidad.gov.co"),
            ("Paths:DataDirectory", "/var/lib/reminders"),
            ("Clock:StartAt", "2022-01-03T07:00:00-05:00"));

        Assert.Empty(unknown);
    }

    [Fact]
    public void A_misspelt_key_is_named_with_the_known_name_nearest_to_it()
    {
        var unknown = Find(("Mail:RateLimitPerMinut", "5"), ("Reminders:Escalation:Levels:1:AfterDayz", "10"), ("Reminders:Calendar:ClosedDays:0", "2022-12-24"));

        string[] expected =
        [
            "Mail:RateLimitPerMinut no es un ajuste conocido y no se usa: revise cómo está escrito. ¿Quiso decir «RateLimitPerMinute»?",
            "Reminders:Calendar:ClosedDays no es un ajuste conocido y no se usa: revise cómo está escrito. ¿Quiso decir «ExtraClosedDays»?",
            "Reminders:Escalation:Levels:1:AfterDayz no es un ajuste conocido y no se usa: revise cómo está escrito. ¿Quiso decir «AfterDays»?",
        ];
        Assert.Equal(expected, unknown.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_key_far_from_every_known_name_gets_no_guess()
    {
        var line = Assert.Single(Find(("Database:Zzz", "1")));

        Assert.Equal("Database:Zzz no es un ajuste conocido y no se usa: revise cómo está escrito.", line);
    }

    [Fact]
    public void Sections_the_service_does_not_read_are_left_alone()
    {
        Assert.Empty(Find(("Logging:LogLevel:Reminders.Worker", "Debug"), ("Quartz:quartz.threadPool.maxConcurrency", "2"), ("PATH", "/usr/bin"), ("Mial:From", "x")));
    }

    private static IReadOnlyList<string> Find(params (string Key, string Value)[] settings) =>
        UnknownSettings.Find(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());
}
