namespace Reminders.Worker.Cli;

/// <summary>
/// How an invalid configuration is reported, the same by <c>check-config</c>, <c>run</c> and every command: one
/// <c>✘</c> line per failure, each naming its setting, then what to do. Exit code 2.
/// </summary>
internal static class ConfigurationReport
{
    public const string Advice = "Corrija appsettings.json o las variables de entorno y vuelva a intentarlo (compruebe con «reminders check-config»).";

    public static string Line(string failure) => $"✘ {failure}";

    public static async Task<int> WriteAsync(TextWriter output, IEnumerable<string> failures, string? heading = null)
    {
        if (heading is not null)
        {
            await output.WriteLineAsync(heading).ConfigureAwait(false);
        }

        foreach (var failure in failures)
        {
            await output.WriteLineAsync(Line(failure)).ConfigureAwait(false);
        }

        await output.WriteLineAsync(Advice).ConfigureAwait(false);
        return ExitCodes.BadInput;
    }
}
