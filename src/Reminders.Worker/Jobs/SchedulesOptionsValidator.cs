using Microsoft.Extensions.Options;
using Quartz;

namespace Reminders.Worker.Jobs;

/// <summary>Rejects a schedule that is not a Quartz cron expression, or one that would not fire within a year, naming the setting.</summary>
public sealed class SchedulesOptionsValidator(TimeProvider? time = null) : IValidateOptions<SchedulesOptions>
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public ValidateOptionsResult Validate(string? name, SchedulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Check(options.Planning, nameof(SchedulesOptions.Planning), failures);
        Check(options.Delivery, nameof(SchedulesOptions.Delivery), failures);
        if (options.IntakeOn)
        {
            Check(options.Intake, nameof(SchedulesOptions.Intake), failures);
        }

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

    /// <summary>The first time <paramref name="expression"/> fires after <paramref name="now"/> in <paramref name="zone"/>, or null.</summary>
    public static DateTimeOffset? NextFire(string expression, TimeZoneInfo zone, DateTimeOffset now) =>
        new CronExpression(expression, zone).GetNextValidTimeAfter(now);

    private void Check(string? expression, string setting, List<string> failures)
    {
        var problem = Problem(expression);
        if (problem is not null)
        {
            failures.Add($"{SchedulesOptions.Section}:{setting} no es una expresión cron válida de Quartz: «{expression}» ({problem}). "
                + "Ejemplo: \"0 0 7 ? * MON-FRI\" (segundos minutos horas día-del-mes mes día-de-la-semana).");
            return;
        }

        var now = _time.GetUtcNow();
        var next = NextFire(expression!, TimeZoneInfo.Utc, now);
        if (next is null || next.Value > now.AddYears(1))
        {
            failures.Add($"{SchedulesOptions.Section}:{setting}: «{expression}» no se cumple ninguna vez en el próximo año "
                + "(¿un día que no existe, como el 30 de febrero?). Ejemplo: \"0 0 7 ? * MON-FRI\".");
        }
    }
}
