using Microsoft.Extensions.Options;
using Reminders.Worker.Data;

namespace Reminders.Worker.Jobs;

/// <summary>Rejects a cluster on SQLite (one file, one machine) and intervals that are not positive, naming the setting.</summary>
public sealed class ClusterOptionsValidator(IOptions<DatabaseOptions> database) : IValidateOptions<ClusterOptions>
{
    public ValidateOptionsResult Validate(string? name, ClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            failures.Add($"{ClusterOptions.Section}:Enabled es true, pero Database:Provider es Sqlite: varias instancias necesitan un servidor compartido. "
                + "Use Database:Provider \"Postgres\" o \"SqlServer\", o ponga Cluster:Enabled en false.");
        }

        Positive(options.CheckinInterval, nameof(ClusterOptions.CheckinInterval), "\"00:00:15\"", failures);
        Positive(options.MisfireThreshold, nameof(ClusterOptions.MisfireThreshold), "\"00:01:00\"", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(TimeSpan value, string setting, string example, List<string> failures)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{ClusterOptions.Section}:{setting} debe ser un intervalo positivo (hh:mm:ss), no «{value}». Ejemplo: {example}.");
        }
    }
}
