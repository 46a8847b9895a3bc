using Microsoft.Extensions.Options;

namespace Reminders.Worker;

/// <summary>
/// Nothing to bind: stands for the configuration as a whole, so that <see cref="UnknownSettings"/> runs with the options
/// validated at start-up (a misspelt setting stops the service and every command with exit code 2, naming it).
/// </summary>
internal sealed class SettingNames
{
    /// <summary>Validates <see cref="SettingNames"/>: no key of the service's sections is unknown.</summary>
    internal sealed class Validator(IConfiguration configuration) : IValidateOptions<SettingNames>
    {
        public ValidateOptionsResult Validate(string? name, SettingNames options)
        {
            var unknown = UnknownSettings.Find(configuration);
            return unknown.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
        }
    }
}
