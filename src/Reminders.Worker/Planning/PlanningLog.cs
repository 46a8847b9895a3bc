namespace Reminders.Worker.Planning;

/// <summary>Log messages of planning runs.</summary>
internal static partial class PlanningLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Another run recorded the same notifications for {Entity} on {RunDate}; planning again")]
    public static partial void PlannedElsewhere(ILogger logger, string entity, DateOnly runDate);

    [LoggerMessage(EventId = 101, Level = LogLevel.Error,
        Message = "Office '{Office}' of {Entity} has no e-mail address and no coordinator is configured; its digest waits until one is set (reminders offices set / reminders entities set)")]
    public static partial void NoRecipient(ILogger logger, string office, string entity);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning,
        Message = "Escalamiento sin destinatario: la actividad {Activity} de «{Office}» ({Entity}) alcanzó el nivel {Level} y {Role} no tiene correo, así que ese aviso no se envió; el resumen de la oficina lo informa, con copia a la coordinación")]
    public static partial void MissingEscalation(ILogger logger, string activity, string office, string entity, int level, string role);
}
