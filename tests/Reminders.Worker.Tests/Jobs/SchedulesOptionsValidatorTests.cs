using Microsoft.Extensions.Time.Testing;
using Reminders.Worker.Jobs;

namespace Reminders.Worker.Tests.Jobs;

public sealed class SchedulesOptionsValidatorTests
{
    private readonly SchedulesOptionsValidator _validator = new();

    [Fact]
    public void The_shipped_schedules_are_valid()
    {
        Assert.True(_validator.Validate(null, new SchedulesOptions()).Succeeded);
    }

    [Fact]
    public void An_invalid_planning_expression_is_rejected_naming_the_setting()
    {
        var result = _validator.Validate(null, new SchedulesOptions { Planning = "bogus" });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Schedules:Planning no es una expresión cron válida de Quartz: ", failure, StringComparison.Ordinal);
        Assert.Contains("bogus", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_five_field_unix_expression_is_rejected_for_delivery()
    {
        var result = _validator.Validate(null, new SchedulesOptions { Delivery = "*/5 * * * *" });

        Assert.Contains(result.Failures!, f => f.StartsWith("Schedules:Delivery no es una expresión cron válida de Quartz", StringComparison.Ordinal));
    }

    [Fact]
    public void Both_invalid_schedules_are_reported_together()
    {
        var result = _validator.Validate(null, new SchedulesOptions { Planning = "", Delivery = "0 0 25 * * ?" });

        Assert.Equal(2, result.Failures!.Count());
    }

    [Theory]
    [InlineData("0 0 7 30 2 ?")]
    [InlineData("0 0 7 31 4 ?")]
    [InlineData("0 0 7 1 1 ? 2020")]
    public void A_schedule_that_never_fires_within_a_year_is_rejected(string expression)
    {
        var validator = new SchedulesOptionsValidator(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));

        var result = validator.Validate(null, new SchedulesOptions { Planning = expression });

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Schedules:Planning: «" + expression + "» no se cumple ninguna vez en el próximo año", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yearly_schedule_fires_within_a_year_and_is_accepted()
    {
        var validator = new SchedulesOptionsValidator(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero)));

        Assert.True(validator.Validate(null, new SchedulesOptions { Planning = "0 0 7 29 11 ?" }).Succeeded);
    }

    [Fact]
    public void An_empty_expression_is_reported_as_empty_with_an_example()
    {
        var failure = Assert.Single(_validator.Validate(null, new SchedulesOptions { Planning = " " }).Failures!);

        Assert.Equal(
            "Schedules:Planning no es una expresión cron válida de Quartz: « » (está vacía). Ejemplo: \"0 0 7 ? * MON-FRI\" (segundos minutos horas día-del-mes mes día-de-la-semana).",
            failure);
    }

    [Fact]
    public void Missing_options_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => _validator.Validate(null, null!));
    }
}
