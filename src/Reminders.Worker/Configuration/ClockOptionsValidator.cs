using System.Globalization;
using Microsoft.Extensions.Options;

namespace Reminders.Worker.Configuration;

/// <summary>Checks the <c>Clock</c> section at start-up.</summary>
public sealed class ClockOptionsValidator : IValidateOptions<ClockOptions>
{
    public ValidateOptionsResult Validate(string? name, ClockOptions options) =>
        string.IsNullOrWhiteSpace(options.StartAt) || TryParse(options.StartAt, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Clock:StartAt: '{options.StartAt}' no es una fecha y hora con zona horaria; use por ejemplo \"2022-03-01T07:00:00-05:00\", o déjelo vacío para usar el reloj del sistema.");

    public static bool TryParse(string text, out DateTimeOffset startAt) =>
        DateTimeOffset.TryParseExact(text.Trim(), ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss'Z'"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out startAt);
}
