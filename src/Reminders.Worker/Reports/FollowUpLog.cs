namespace Reminders.Worker.Reports;

/// <summary>Log messages of the follow-up report delivery.</summary>
internal static partial class FollowUpLog
{
    [LoggerMessage(EventId = 400, Level = LogLevel.Information, Message = "Follow-up report {Key} recorded in the outbox for {Recipients} recipient(s)")]
    public static partial void Recorded(ILogger logger, string key, int recipients);

    [LoggerMessage(EventId = 401, Level = LogLevel.Warning,
        Message = "The follow-up report {Key} has no recipient: set the coordinator or Control Interno (reminders entities set / Reminders:Roles)")]
    public static partial void NoRecipient(ILogger logger, string key);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "The follow-up report {Key} was recorded by another run")]
    public static partial void RecordedElsewhere(ILogger logger, string key);

    [LoggerMessage(EventId = 403, Level = LogLevel.Error,
        Message = "The follow-up reports of {Entity} could not be prepared for {RunDate}; the other entities' are (docs/reliability.md)")]
    public static partial void EntityFailed(ILogger logger, string entity, DateOnly runDate, Exception exception);
}
