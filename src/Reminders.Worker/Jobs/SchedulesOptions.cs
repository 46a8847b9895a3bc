namespace Reminders.Worker.Jobs;

/// <summary>The <c>Schedules</c> section: Quartz cron expressions, read in <c>Reminders:TimeZone</c>.</summary>
public sealed class SchedulesOptions
{
    public const string Section = "Schedules";

    /// <summary>When planning runs (and then drains the outbox once). Default: 07:00 Monday to Friday.</summary>
    public string Planning { get; set; } = "0 0 7 ? * MON-FRI";

    /// <summary>When the outbox is drained (messages due for a retry, messages planned by a command). Default: every 5 minutes.</summary>
    public string Delivery { get; set; } = "0 0/5 * ? * *";

    /// <summary>
    /// When the intake mailbox (<c>Mail:Intake</c>) is read for replies. Empty (the default): never. For example
    /// <c>"0 0/10 7-18 ? * MON-FRI"</c>, every ten minutes in office hours.
    /// </summary>
    public string Intake { get; set; } = "";

    /// <summary>Whether the intake job is scheduled at all.</summary>
    public bool IntakeOn => !string.IsNullOrWhiteSpace(Intake);
}
