using Microsoft.Extensions.Configuration;
using Reminders.Core.Options;
using Reminders.Worker.Configuration;
using Reminders.Worker.Jobs;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Tests.Configuration;

public sealed class BindingProblemsTests
{
    [Fact]
    public void A_word_where_a_whole_number_goes_names_the_default_and_no_range_the_setting_does_not_take()
    {
        var line = Assert.Single(Find<MailOptions>("Mail", ("Mail:Smtp:Connections", "cuatro")));

        Assert.Equal("Mail:Smtp:Connections: «cuatro» no es un número entero que este ajuste admita (solo cifras); el valor por defecto es 1.", line);
        Assert.DoesNotContain("2147483647", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("99999999999")]
    public void A_fraction_or_a_number_beyond_any_integer_is_refused_with_the_default(string value)
    {
        var line = Assert.Single(Find<MailOptions>("Mail", ("Mail:RateLimitPerMinute", value)));

        Assert.Equal($"Mail:RateLimitPerMinute: «{value}» no es un número entero que este ajuste admita (solo cifras); el valor por defecto es 30.", line);
    }

    [Fact]
    public void An_unknown_name_lists_the_names_and_the_default()
    {
        var line = Assert.Single(Find<RemindersOptions>("Reminders", ("Reminders:Overdue:RepeatOn", "Lunes")));

        Assert.Equal(
            "Reminders:Overdue:RepeatOn: «Lunes» no es un valor válido; use Sunday, Monday, Tuesday, Wednesday, Thursday, Friday o Saturday; el valor por defecto es Monday.",
            line);
    }

    [Fact]
    public void Yes_and_a_bad_duration_name_what_the_setting_takes()
    {
        var lines = Find<MailOptions>("Mail", ("Mail:AttachCalendar", "sí")).Concat(Find<ClusterOptions>("Cluster", ("Cluster:CheckinInterval", "15s")));

        Assert.Equal(
            [
                "Mail:AttachCalendar: «sí» no es un valor válido; use true o false; el valor por defecto es true.",
                "Cluster:CheckinInterval: «15s» no es una duración válida (hh:mm:ss); el valor por defecto es 00:00:15.",
            ],
            lines);
    }

    [Fact]
    public void An_item_of_a_list_has_no_default_to_name()
    {
        var line = Assert.Single(Find<RemindersOptions>("Reminders", ("Reminders:Escalation:Levels:0:AfterDays", "tres")));

        Assert.Equal("Reminders:Escalation:Levels:0:AfterDays: «tres» no es un número entero que este ajuste admita (solo cifras).", line);
    }

    [Fact]
    public void Values_the_binder_converts_are_not_problems()
    {
        Assert.Empty(Find<MailOptions>("Mail", ("Mail:Smtp:Connections", "4"), ("Mail:Delivery", "smtp"), ("Mail:AttachCalendar", "False"), ("Mail:MaxAttempts", "")));
    }

    private static IReadOnlyList<string> Find<T>(string section, params (string Key, string Value)[] settings) =>
        BindingProblems.Find(
            new ConfigurationBuilder()
                .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
                .Build()
                .GetSection(section),
            typeof(T),
            section);
}
