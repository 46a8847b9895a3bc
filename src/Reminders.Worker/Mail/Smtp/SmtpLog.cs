
namespace Reminders.Worker.Mail.Smtp;

/// <summary>Source-generated log messages of SMTP delivery.</summary>
internal static partial class SmtpLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Debug, Message = "Connecting to SMTP server {Host}:{Port} ({Security})")]
    public static partial void Connecting(ILogger logger, string host, int port, SmtpSecurity security);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Connected to SMTP server {Host}:{Port}, authentication {Auth}")]
    public static partial void Connected(ILogger logger, string host, int port, SmtpAuthMode auth);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "SMTP session with {Host}:{Port} could not be opened: {Reason}")]
    public static partial void SessionFailed(ILogger logger, string host, int port, string reason);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Message {OutboxId} sent: {Reply}")]
    public static partial void Sent(ILogger logger, long outboxId, string reply);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Message {OutboxId}: recipient {Address} refused: {Reply}")]
    public static partial void RecipientRefused(ILogger logger, long outboxId, string address, string reply);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Message {OutboxId} not sent ({Status}): {Reply}")]
    public static partial void NotSent(ILogger logger, long outboxId, DeliveryStatus status, string reply, Exception exception);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Information, Message = "Rate limit reached: waiting {Delay} before the next message")]
    public static partial void RateLimited(ILogger logger, TimeSpan delay);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Information, Message = "Delivery stopped: {Remaining} message(s) taken or waiting left for the next run")]
    public static partial void Stopped(ILogger logger, int remaining);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Debug, Message = "Closing the SMTP connection failed")]
    public static partial void QuitFailed(ILogger logger, Exception exception);
}
