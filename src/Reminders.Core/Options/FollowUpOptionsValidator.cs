using Microsoft.Extensions.Options;
namespace Reminders.Core.Options;

/// <summary>Validates <c>Reminders:FollowUp</c> at start-up; each failure names the setting, in Spanish.</summary>
public sealed class FollowUpOptionsValidator : IValidateOptions<RemindersOptions>
{
    private const string Section = RemindersOptions.SectionName + ":FollowUp";

    public ValidateOptionsResult Validate(string? name, RemindersOptions options)
    {
        var failures = new List<string>();
        var followUp = options.FollowUp;
        if (followUp.SendOnBusinessDay is < 1 or > 30)
        {
            failures.Add($"{Section}:SendOnBusinessDay debe estar entre 1 y 30 días hábiles después del corte ({followUp.SendOnBusinessDay}).");
        }

        if (followUp.CloseOnBusinessDay is < 1 or > 20)
        {
            failures.Add($"{Section}:CloseOnBusinessDay debe estar entre 1 y 20 (día hábil de enero del año siguiente; {followUp.CloseOnBusinessDay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
