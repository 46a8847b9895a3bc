namespace Reminders.Worker.Configuration;

/// <summary>
/// The <c>Clock</c> section. Empty: the system clock. <c>StartAt</c> (ISO 8601 with offset, e.g.
/// <c>2022-03-01T07:00:00-05:00</c>): the service and the commands run as if started at that instant, the clock moving
/// on from there at its normal pace; for rehearsing a day of the plan year (and for tests that need a fixed "today").
/// </summary>
public sealed class ClockOptions
{
    public const string Section = "Clock";

    public string? StartAt { get; set; }
}
