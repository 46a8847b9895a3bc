namespace Reminders.Worker.Planning;

/// <summary>Log messages of planning runs.</summary>
internal static partial class PlanningLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Another run recorded the same notifications for {Entity} on {RunDate}; planning again")]
    public static partial void PlannedElsewhere(ILogger logger, string entity, DateOnly runDate);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error,
        Message = "Office '{Office}' of {Entity} has no e-mail address and no coordinator is configured; its digest waits until one is set (reminders offices set / reminders entities set)")]
    public static partial void NoRecipient(ILogger logger, string office, string entity);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error,
        Message = "The plan of {Entity} could not be planned for {RunDate}; its reminders wait until its data is fixed (reminders outbox runs), the other entities are planned")]
    public static partial void EntityFailed(ILogger logger, string entity, DateOnly runDate, Exception exception);
}
