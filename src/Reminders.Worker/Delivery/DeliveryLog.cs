namespace Reminders.Worker.Delivery;

/// <summary>Log messages of delivery runs, in Spanish.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Debug, Message = "Mensaje {Id} enviado: {Reply}")]
    public static partial void Sent(ILogger logger, long id, string reply);

    [LoggerMessage(EventId = 201, Level = LogLevel.Warning, Message = "Mensaje {Id} no enviado; se reintenta en {Delay}: {Reason}")]
    public static partial void WillRetry(ILogger logger, long id, TimeSpan delay, string reason);

    [LoggerMessage(EventId = 202, Level = LogLevel.Error, Message = "Mensaje {Id} fallido: {Reason}. Véalo con «reminders outbox list --state failed» y reenvíelo con «reminders outbox retry»")]
    public static partial void Failed(ILogger logger, long id, string reason);

    [LoggerMessage(EventId = 203, Level = LogLevel.Debug, Message = "{Count} mensajes reclamados del outbox para entregar")]
    public static partial void Claimed(ILogger logger, int count);
}
