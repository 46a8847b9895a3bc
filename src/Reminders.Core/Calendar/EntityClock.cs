using Reminders.Core.Options;

namespace Reminders.Core.Calendar;

/// <summary>
/// What is today for the entity (docs/rules.md §1): the date of the current instant in <c>Reminders:TimeZone</c>.
/// Jobs, the start-up catch-up and commands all ask this one clock.
/// </summary>
public sealed class EntityClock(TimeProvider time, TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    /// <summary>The current instant.</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Today's date in the entity's time zone.</summary>
    public DateOnly Today() => DateOf(Now, Zone);

    /// <summary>The clock of the validated options' time zone.</summary>
    public static EntityClock For(TimeProvider time, RemindersOptions options) =>
        new(time, TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone));

    /// <summary>The calendar date of <paramref name="instant"/> in <paramref name="zone"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
