using System.Globalization;

namespace Reminders.Worker.Logging;

/// <summary>Times as the service log writes them: ISO-8601 with the offset.</summary>
internal static class LogDates
{
    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
