using System.Globalization;

namespace Reminders.Worker.Cli;

/// <summary>Dates typed on the command line: <c>2022-01-31</c> or <c>31/01/2022</c>.</summary>
public static class CliDates
{
    private static readonly string[] Formats = ["yyyy-MM-dd", "d/M/yyyy", "dd/MM/yyyy"];

    public static DateOnly? ParseOptional(string? value, string option) => value is null ? null : Parse(value, option);

    public static DateOnly Parse(string value, string option) =>
        DateOnly.TryParseExact(value.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidInputException($"{option}: «{value}» no es una fecha válida; escriba AAAA-MM-DD (por ejemplo 2022-01-31) o DD/MM/AAAA.");
}
