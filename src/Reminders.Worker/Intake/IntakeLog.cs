namespace Reminders.Worker.Intake;

/// <summary>Log messages of the intake, in Spanish: one per message read and one per run.</summary>
internal static partial class IntakeLog
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Buzón de respuestas: mensaje {MessageId} de {Sender} registrado: {What}")]
    public static partial void Recorded(ILogger logger, string messageId, string sender, string what);

    [LoggerMessage(EventId = 601, Level = LogLevel.Warning, Message = "Buzón de respuestas: mensaje {MessageId} de {Sender} rechazado sin cambios: {Reason}")]
    public static partial void Rejected(ILogger logger, string messageId, string sender, string reason);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "Buzón de respuestas: mensaje {MessageId} de {Sender} ignorado sin respuesta: {Reason}")]
    public static partial void Ignored(ILogger logger, string messageId, string sender, string reason);

    [LoggerMessage(EventId = 603, Level = LogLevel.Information, Message = "Buzón de respuestas: mensaje {MessageId} ya leído antes ({Outcome}); solo se mueve de carpeta")]
    public static partial void Duplicate(ILogger logger, string messageId, string outcome);

    [LoggerMessage(EventId = 604, Level = LogLevel.Information, Message = "Buzón de respuestas: {Read} mensaje(s) leídos: {Recorded} registrados, {Rejected} rechazados, {Ignored} ignorados")]
    public static partial void Run(ILogger logger, int read, int recorded, int rejected, int ignored);

}
