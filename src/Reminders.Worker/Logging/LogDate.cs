using System.Globalization;

namespace Reminders.Worker.Logging;

/// <summary>A date as the service log writes it: ISO-8601 (<c>2026-11-30</c>) whatever the machine's culture; "nunca" when there is none.</summary>
public readonly record struct LogDate(DateOnly? Value)
{
    public override string ToString() => Value is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "nunca";
}
