namespace Reminders.Worker.Delivery;

/// <summary>Log messages of delivery runs.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "Message {Id} sent: {Reply}")]
    public static partial void Sent(ILogger logger, long id, string reply);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Message {Id} not sent, retrying in {Delay}: {Reason}")]
    public static partial void WillRetry(ILogger logger, long id, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Message {Id} failed: {Reason}. See 'reminders outbox list --state failed'; resend with 'reminders outbox retry'")]
    public static partial void Failed(ILogger logger, long id, string reason);
}
