using Microsoft.Extensions.Options;
using Quartz;

namespace Reminders.Worker.Jobs;

/// <summary>Rejects a schedule that is not a Quartz cron expression, naming the setting.</summary>
public sealed class SchedulesOptionsValidator : IValidateOptions<SchedulesOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(options.Planning, nameof(SchedulesOptions.Planning), failures);
        Check(options.Delivery, nameof(SchedulesOptions.Delivery), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Why <paramref name="expression"/> is not a valid Quartz cron expression, or null when it is.</summary>
    public static string? Problem(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return "está vacía";
        }

        try
        {
            _ = new CronExpression(expression);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private static void Check(string? expression, string setting, List<string> failures)
    {
        var problem = Problem(expression);
        if (problem is not null)
        {
            failures.Add($"{SchedulesOptions.Section}:{setting} no es una expresión cron válida de Quartz: «{expression}» ({problem}). "
                + "Ejemplo: \"0 0 7 ? * MON-FRI\" (segundos minutos horas día-del-mes mes día-de-la-semana).");
        }
    }
}
