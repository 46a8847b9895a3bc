using Microsoft.Extensions.Options;
using Reminders.Core.Text;

namespace Reminders.Core.Options;

/// <summary>Validates <see cref="RemindersOptions"/> at start-up; each failure names the setting, in Spanish.</summary>
public sealed class RemindersOptionsValidator : IValidateOptions<RemindersOptions>
{
    /// <summary>The most days a lead or escalation may count: a plan covers one year.</summary>
    public const int MaxDays = 366;

    private const string Section = RemindersOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, RemindersOptions options)
    {
        var failures = new List<string>();
        CheckTimeZone(options.TimeZone, failures);
        CheckDays($"{Section}:LeadDays", options.LeadDays, failures);
        if (!Enum.IsDefined(options.Overdue.RepeatOn))
        {
            failures.Add($"{Section}:Overdue:RepeatOn no es un día de la semana ({options.Overdue.RepeatOn}).");
        }

        if (!Enum.IsDefined(options.CatchUp))
        {
            failures.Add($"{Section}:CatchUp debe ser Send o Supersede ({options.CatchUp}).");
        }

        CheckLevels(options.Escalation.Levels, failures);
        CheckOngoing(options.Ongoing, failures);
        CheckAddress($"{Section}:Roles:Coordinator", options.Roles.Coordinator, failures);
        CheckAddress($"{Section}:Roles:ControlInterno", options.Roles.ControlInterno, failures);
        CheckCalendar(options.Calendar, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckTimeZone(string? id, List<string> failures)
    {
        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id ?? "");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            failures.Add($"{Section}:TimeZone: la zona horaria '{id}' no existe en este equipo (por ejemplo 'America/Bogota').");
        }
    }

    private static void CheckDays(string setting, int[] days, List<string> failures)
    {
        foreach (var negative in days.Where(d => d < 0).Distinct())
        {
            failures.Add($"{setting} no puede tener valores negativos ({negative}).");
        }

        foreach (var large in days.Where(d => d > MaxDays).Distinct())
        {
            failures.Add($"{setting}: {large} días es más de un año; use valores entre 0 y {MaxDays}.");
        }

        foreach (var repeated in days.GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            failures.Add($"{setting} tiene valores repetidos ({repeated}).");
        }
    }

    private static void CheckLevels(EscalationLevelOptions[] levels, List<string> failures)
    {
        for (var i = 0; i < levels.Length; i++)
        {
            var setting = $"{Section}:Escalation:Levels:{i}";
            var level = levels[i];
            if (level.AfterDays < 1 || level.AfterDays > MaxDays)
            {
                failures.Add($"{setting}:AfterDays debe estar entre 1 y {MaxDays} ({level.AfterDays}).");
            }
            else if (i > 0 && level.AfterDays <= levels[i - 1].AfterDays)
            {
                failures.Add($"{setting}:AfterDays debe ser mayor que el del nivel anterior ({level.AfterDays} <= {levels[i - 1].AfterDays}).");
            }

            if (level.Notify.Length == 0)
            {
                failures.Add($"{setting}:Notify no puede estar vacío: indique roles (OfficeHead, Coordinator, ControlInterno) o direcciones de correo.");
            }

            foreach (var entry in level.Notify.Where(e => EscalationRoles.Find(e ?? "") is null && !EmailAddress.IsValid(e)))
            {
                failures.Add($"{setting}:Notify: '{entry}' no es un rol conocido (OfficeHead, Coordinator, ControlInterno) ni una dirección de correo válida.");
            }
        }
    }

    private static void CheckOngoing(OngoingOptions ongoing, List<string> failures)
    {
        if (!Enum.IsDefined(ongoing.Cadence))
        {
            failures.Add($"{Section}:Ongoing:Cadence no es una periodicidad conocida ({ongoing.Cadence}); use Monthly, Quarterly, FourMonthly o HalfYearly.");
        }

        foreach (var cutOff in ongoing.CutOffs.Where(c => !OngoingOptions.TryParseCutOff(c, 2024, out _)))
        {
            failures.Add($"{Section}:Ongoing:CutOffs: '{cutOff}' no es una fecha MM-dd válida (por ejemplo 04-30).");
        }

        CheckDays($"{Section}:Ongoing:CutOffLeadDays", ongoing.CutOffLeadDays, failures);
    }

    private static void CheckAddress(string setting, string? address, List<string> failures)
    {
        if (!string.IsNullOrEmpty(address) && !EmailAddress.IsValid(address))
        {
            failures.Add($"{setting}: '{address}' no es una dirección de correo válida.");
        }
    }

    private static void CheckCalendar(CalendarOptions calendar, List<string> failures)
    {
        if (!string.Equals(calendar.Country, "CO", StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{Section}:Calendar:Country: solo se conoce el calendario de Colombia ('CO'), no '{calendar.Country}'.");
        }

        foreach (var day in calendar.ExtraClosedDays.Where(d => !CalendarOptions.TryParseDate(d, out _)))
        {
            failures.Add($"{Section}:Calendar:ExtraClosedDays: '{day}' no es una fecha yyyy-MM-dd válida.");
        }

        foreach (var day in calendar.ExtraWorkingDays.Where(d => !CalendarOptions.TryParseDate(d, out _)))
        {
            failures.Add($"{Section}:Calendar:ExtraWorkingDays: '{day}' no es una fecha yyyy-MM-dd válida.");
        }
    }
}
