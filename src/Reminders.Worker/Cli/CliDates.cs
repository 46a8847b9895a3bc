using System.Globalization;
using Reminders.Core.Plans;

namespace Reminders.Worker.Cli;

/// <summary>Dates typed on the command line: <c>2022-01-31</c> or <c>31/01/2022</c>.</summary>
public static class CliDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    public static DateOnly? ParseOptional(string? value, string option) => value is null ? null : Parse(value, option);

    /// <summary>The date; refused (exit 2) when it is not one, or falls outside the years plans may name (<see cref="PlanYears"/>).</summary>
    public static DateOnly Parse(string value, string option)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!DateOnly.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new InvalidInputException($"{option}: «{value}» no es una fecha válida; escriba AAAA-MM-DD (por ejemplo 2022-01-31) o DD/MM/AAAA.");
        }

        return PlanYears.Contains(date)
            ? date
            : throw new InvalidInputException($"{option}: «{value}» está fuera de los años {PlanYears.First} a {PlanYears.Last}; escriba una fecha entre esos años.");
    }
}
