using Reminders.Core.Options;

namespace Reminders.Core.Tests.Options;

public class FollowUpOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid() =>
        Assert.True(new FollowUpOptionsValidator().Validate(null, new RemindersOptions().ApplyDefaults()).Succeeded);

    [Theory]
    [InlineData(0, 10, "Reminders:FollowUp:SendOnBusinessDay")]
    [InlineData(1, 0, "Reminders:FollowUp:CloseOnBusinessDay")]
    [InlineData(1, 21, "Reminders:FollowUp:CloseOnBusinessDay")]
    public void Out_of_range_days_are_refused_naming_the_setting(int send, int close, string setting)
    {
        var options = new RemindersOptions().ApplyDefaults();
        options.FollowUp.SendOnBusinessDay = send;
        options.FollowUp.CloseOnBusinessDay = close;

        var result = new FollowUpOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }
}
