using Microsoft.Extensions.Options;

namespace Reminders.Worker.Cli;

/// <summary>Writes an invalid configuration to stderr: a heading, one line per failing setting, and what to do.</summary>
public static class ConfigurationErrors
{
    public static async Task<int> WriteAsync(OptionsValidationException invalid, string heading, string advice)
    {
        await Console.Error.WriteLineAsync(heading).ConfigureAwait(false);
        foreach (var failure in invalid.Failures)
        {
            await Console.Error.WriteLineAsync($"  - {failure}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync(advice).ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
