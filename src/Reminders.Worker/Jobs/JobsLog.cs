namespace Reminders.Worker.Jobs;

/// <summary>Log messages of the scheduled jobs: one line per run with its counts.</summary>
internal static partial class JobsLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information,
        Message = "Planning run for {RunDate}: {Planned} messages planned ({Notifications} notifications, {Superseded} superseded); delivery: {Sent} sent, {Retried} to retry, {Failed} failed")]
    public static partial void PlanningRun(ILogger logger, DateOnly runDate, int planned, int notifications, int superseded, int sent, int retried, int failed);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Delivery run: {Sent} sent, {Retried} to retry, {Failed} failed")]
    public static partial void DeliveryRun(ILogger logger, int sent, int retried, int failed);

    [LoggerMessage(EventId = 302, Level = LogLevel.Debug, Message = "Delivery run: nothing due")]
    public static partial void NothingDue(ILogger logger);

    [LoggerMessage(EventId = 303, Level = LogLevel.Error, Message = "The {Job} run failed; the next scheduled run tries again")]
    public static partial void RunFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "The {Job} run stopped because the service is stopping")]
    public static partial void Stopped(ILogger logger, string job);

    [LoggerMessage(EventId = 305, Level = LogLevel.Information,
        Message = "Planning last ran for {LastRun} and its schedule fired since: planning for {Today} runs now to catch up")]
    public static partial void CatchingUp(ILogger logger, DateOnly? lastRun, DateOnly today);

    [LoggerMessage(EventId = 306, Level = LogLevel.Information, Message = "Database schema up to date ({Applied} migrations applied now)")]
    public static partial void Migrated(ILogger logger, int applied);

    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "Fired {Job} for {ScheduledFireTime:o} on scheduler instance {InstanceId}")]
    public static partial void Fired(ILogger logger, string job, DateTimeOffset? scheduledFireTime, string instanceId);

    [LoggerMessage(EventId = 307, Level = LogLevel.Critical,
        Message = "The {Job} run sent nothing: the mail server refused the configured credentials; messages stay pending until Mail:Smtp is fixed. {Reason}")]
    public static partial void MailRefused(ILogger logger, string job, string reason);
}
