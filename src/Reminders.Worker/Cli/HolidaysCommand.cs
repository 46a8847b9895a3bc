using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Reminders.Core.Calendar;
using Reminders.Core.Options;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders holidays [--year N] [--json]</c>: the closed days of the business calendar.</summary>
public static class HolidaysCommand
{
    public static Command Create()
    {
        var year = new Option<int?>("--year") { HelpName = "AÑO", Description = "Año (por defecto el actual)" };
        var json = Commands.Json("Salida en JSON: [{ date, name }]");
        var command = new Command("holidays", "Lista los festivos de Colombia y los días cerrados configurados") { year, json };
        return command.RunsInScope((result, scope, _) =>
        {
            var y = result.GetValue(year) ?? scope.Today().Year;
            if (y is < 1900 or > 2200)
            {
                throw new InvalidInputException($"--year {y}: indique un año entre 1900 y 2200.");
            }

            var calendar = scope.Get<IOptions<RemindersOptions>>().Value.Calendar;
            var days = ColombianHolidays.For(y)
                .Concat(calendar.ClosedDates().Where(d => d.Year == y).Select(d => new Holiday(d, "Día cerrado (configuración)")))
                .Where(h => !calendar.WorkingDates().Contains(h.Date))
                .OrderBy(h => h.Date)
                .ToList();
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, days.Select(d => new { date = d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), name = d.Name }));
            }
            else
            {
                var spanish = CultureInfo.GetCultureInfo("es-CO");
                foreach (var day in days)
                {
                    Console.WriteLine($"{day.Date:yyyy-MM-dd} {day.Date.ToString("dddd", spanish),-10} {day.Name}");
                }
            }

            return Task.FromResult(ExitCodes.Success);
        }, migrate: false);
    }
}
