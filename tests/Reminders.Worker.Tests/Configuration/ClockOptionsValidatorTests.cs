using Reminders.Worker.Configuration;

namespace Reminders.Worker.Tests.Configuration;

public class ClockOptionsValidatorTests
{
    private readonly ClockOptionsValidator validator = new();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2022-03-01T07:00:00-05:00")]
    [InlineData("2022-03-01T12:00:00Z")]
    public void An_empty_or_zoned_start_is_valid(string? startAt)
    {
        Assert.True(validator.Validate(null, new ClockOptions { StartAt = startAt }).Succeeded);
    }

    [Theory]
    [InlineData("2022-03-01")]
    [InlineData("2022-03-01T07:00:00")]
    [InlineData("mañana")]
    public void A_start_without_time_or_zone_is_refused_naming_the_setting(string startAt)
    {
        var result = validator.Validate(null, new ClockOptions { StartAt = startAt });

        Assert.True(result.Failed);
        Assert.Equal(
            $"Clock:StartAt: '{startAt}' no es una fecha y hora con zona horaria; use por ejemplo \"2022-03-01T07:00:00-05:00\", o déjelo vacío para usar el reloj del sistema.",
            result.FailureMessage);
    }
}
