using Reminders.Worker.Logging;

namespace Reminders.Worker.Planning;

/// <summary>Log messages of planning runs.</summary>
internal static partial class PlanningLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Otra ejecución registró los mismos avisos de {Entity} para el {RunDate}; se planea de nuevo")]
    public static partial void PlannedElsewhere(ILogger logger, string entity, LogDate runDate);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error,
        Message = "La oficina «{Office}» de {Entity} no tiene correo y no hay coordinador configurado: su resumen espera hasta que se registre uno («reminders offices set» o «reminders entities set»)")]
    public static partial void NoRecipient(ILogger logger, string office, string entity);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning,
        Message = "Escalamiento sin destinatario en «{Office}» ({Entity}): falta el correo {Role}, así que no se envió el aviso de nivel {Levels} de {Activities}; el resumen de la oficina lo informa, con copia a la coordinación")]
    public static partial void MissingEscalation(ILogger logger, string office, string entity, string role, string levels, string activities);

    [LoggerMessage(EventId = 102, Level = LogLevel.Error,
        Message = "The plan of {Entity} could not be planned for {RunDate}; its reminders wait until its data is fixed (reminders outbox runs), the other entities are planned")]
    public static partial void EntityFailed(ILogger logger, string entity, DateOnly runDate, Exception exception);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error,
        Message = "The plan of {Entity} could not be planned for {RunDate}: a mail template of Mail:TemplatesDirectory is not valid; its reminders wait until the template is fixed. {Reason}")]
    public static partial void TemplateFailed(ILogger logger, string entity, DateOnly runDate, string reason);
}
