using System.Text;
using Microsoft.Extensions.Configuration;
using Reminders.Core.Options;
using Reminders.Core.Plans;

namespace Reminders.Core.Tests.Options;

public class RemindersOptionsTests
{
    private static RemindersOptions Bind(string json)
    {
        var configuration = new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
        var options = new RemindersOptions();
        configuration.GetSection(RemindersOptions.SectionName).Bind(options);
        new RemindersOptionsDefaults().PostConfigure(null, options);
        return options;
    }

    [Fact]
    public void An_empty_section_gives_the_documented_defaults()
    {
        var options = Bind("""{ "Reminders": { } }""");

        Assert.Equal("America/Bogota", options.TimeZone);
        Assert.Equal([30, 15, 7, 3, 1, 0], options.LeadDays);
        Assert.False(options.LeadInBusinessDays);
        Assert.Equal(DayOfWeek.Monday, options.Overdue.RepeatOn);
        Assert.False(options.Overdue.InBusinessDays);
        Assert.True(options.Escalation.InBusinessDays);
        Assert.Equal([3, 10], options.Escalation.Levels.Select(l => l.AfterDays));
        Assert.Equal(["OfficeHead"], options.Escalation.Levels[0].Notify);
        Assert.Equal(["Coordinator", "ControlInterno"], options.Escalation.Levels[1].Notify);
        Assert.Equal(Cadence.Monthly, options.Ongoing.Cadence);
        Assert.Equal(["04-30", "08-31", "12-31"], options.Ongoing.CutOffs);
        Assert.Equal([10, 3], options.Ongoing.CutOffLeadDays);
        Assert.Equal("CO", options.Calendar.Country);
        Assert.Empty(options.Calendar.ExtraClosedDays);
        Assert.False(options.Calendar.RunOnNonBusinessDays);
        Assert.Empty(new RemindersOptionsValidator().Validate(null, options).Failures ?? []);
    }

    [Fact]
    public void Configured_collections_replace_the_defaults_instead_of_adding_to_them()
    {
        var options = Bind("""
            { "Reminders": {
                "Entity": "Alcaldía de Ejemplo", "LeadDays": [10, 2],
                "Overdue": { "RepeatOn": "Wednesday", "InBusinessDays": true },
                "Escalation": { "Levels": [ { "AfterDays": 5, "Notify": ["jefe@ejemplo.gov.co"] } ] },
                "Ongoing": { "Cadence": "Quarterly", "CutOffs": ["06-30", "12-31"], "CutOffLeadDays": [5] },
                "Roles": { "Coordinator": "planeacion@ejemplo.gov.co" },
                "Calendar": { "ExtraClosedDays": ["2022-12-24"], "RunOnNonBusinessDays": true } } }
            """);

        Assert.Equal("Alcaldía de Ejemplo", options.Entity);
        Assert.Equal([10, 2], options.LeadDays);
        Assert.Equal(DayOfWeek.Wednesday, options.Overdue.RepeatOn);
        Assert.True(options.Overdue.InBusinessDays);
        var level = Assert.Single(options.Escalation.Levels);
        Assert.Equal(5, level.AfterDays);
        Assert.Equal(["jefe@ejemplo.gov.co"], level.Notify);
        Assert.Equal(Cadence.Quarterly, options.Ongoing.Cadence);
        Assert.Equal(["06-30", "12-31"], options.Ongoing.CutOffs);
        Assert.Equal([5], options.Ongoing.CutOffLeadDays);
        Assert.Equal("planeacion@ejemplo.gov.co", options.Roles.Coordinator);
        Assert.Equal([new DateOnly(2022, 12, 24)], options.Calendar.ClosedDates());
        Assert.True(options.Calendar.RunOnNonBusinessDays);
    }

    [Fact]
    public void Cut_offs_are_dated_in_the_plan_year_in_order()
    {
        var ongoing = new OngoingOptions { CutOffs = ["12-31", "04-30", "02-29"] };

        Assert.Equal([new DateOnly(2022, 2, 28), new DateOnly(2022, 4, 30), new DateOnly(2022, 12, 31)], ongoing.CutOffDates(2022));
    }
}
