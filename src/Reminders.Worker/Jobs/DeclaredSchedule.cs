using Quartz;

namespace Reminders.Worker.Jobs;

/// <summary>One cron trigger the <c>Schedules</c> section declares: its key, its job and its expression (null when switched off).</summary>
internal sealed record DeclaredSchedule(string Trigger, JobKey Job, string? Cron)
{
    public const string PlanningTrigger = "planning-cron";
    public const string DeliveryTrigger = "delivery-cron";
    public const string IntakeTrigger = "intake-cron";

    /// <summary>
    /// A declared cron schedule in the entity's zone. A fire missed while every instance was down fires once when one
    /// comes back, not once per missed time.
    /// </summary>
    public static IScheduleBuilder CronIn(string cron, TimeZoneInfo zone) =>
        CronScheduleBuilder.Create(cron).InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed);

    public static IReadOnlyList<DeclaredSchedule> All(SchedulesOptions schedules) =>
    [
        new(PlanningTrigger, PlanningJob.Key, schedules.Planning),
        new(DeliveryTrigger, DeliveryJob.Key, schedules.Delivery),
        new(IntakeTrigger, IntakeJob.Key, schedules.IntakeOn ? schedules.Intake : null),
    ];
}
