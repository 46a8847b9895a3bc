using Reminders.Worker.Logging;

namespace Reminders.Worker.Jobs;

/// <summary>
/// Log messages of the service and its scheduled jobs, in Spanish with ISO-8601 dates (<c>2026-11-30</c>): one line at
/// start with the configuration and the next fire times, one per run with its counts, one at stop.
/// </summary>
internal static partial class JobsLog
{
    [LoggerMessage(EventId = 300, Level = LogLevel.Information,
        Message = "Planeación del {RunDate}: {Planned} mensajes planeados ({Notifications} avisos nuevos, {Superseded} reemplazados); entrega: {Sent} enviados, {Retried} por reintentar, {Failed} fallidos")]
    public static partial void PlanningRun(ILogger logger, LogDate runDate, int planned, int notifications, int superseded, int sent, int retried, int failed);

    [LoggerMessage(EventId = 315, Level = LogLevel.Warning,
        Message = "Planeación del {RunDate}: la base de datos no tiene ningún plan importado, así que no hay nada que avisar; importe el plan de cada entidad con «reminders import ARCHIVO --entity NOMBRE»")]
    public static partial void NothingImported(ILogger logger, LogDate runDate);

    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Entrega: {Sent} enviados, {Retried} por reintentar, {Failed} fallidos")]
    public static partial void DeliveryRun(ILogger logger, int sent, int retried, int failed);

    [LoggerMessage(EventId = 302, Level = LogLevel.Debug, Message = "Entrega: nada pendiente")]
    public static partial void NothingDue(ILogger logger);

    [LoggerMessage(EventId = 303, Level = LogLevel.Error, Message = "Falló la ejecución de {Job}; la próxima ejecución programada lo intenta de nuevo")]
    public static partial void RunFailed(ILogger logger, string job, Exception exception);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "La ejecución de {Job} se detuvo porque el servicio se está deteniendo")]
    public static partial void Stopped(ILogger logger, string job);

    [LoggerMessage(EventId = 305, Level = LogLevel.Information,
        Message = "La planeación corrió por última vez para el {LastRun} y su horario se cumplió desde entonces: se planea ahora el {Today} para ponerse al día")]
    public static partial void CatchingUp(ILogger logger, LogDate lastRun, LogDate today);

    [LoggerMessage(EventId = 312, Level = LogLevel.Information,
        Message = "La planeación nunca ha corrido sobre esta base de datos y su horario ya se cumplió hoy: se planea ahora el {Today}")]
    public static partial void FirstRunNow(ILogger logger, LogDate today);

    [LoggerMessage(EventId = 306, Level = LogLevel.Information, Message = "Esquema de la base de datos al día ({Applied} migraciones aplicadas ahora)")]
    public static partial void Migrated(ILogger logger, int applied);

    [LoggerMessage(EventId = 313, Level = LogLevel.Information, Message = "Servicio de recordatorios iniciado: {Summary}")]
    public static partial void Started(ILogger logger, string summary);

    [LoggerMessage(EventId = 314, Level = LogLevel.Information, Message = "Servicio de recordatorios detenido")]
    public static partial void ServiceStopped(ILogger logger);

    [LoggerMessage(EventId = 309, Level = LogLevel.Warning,
        Message = "Primer arranque sobre esta base de datos (la planeación nunca ha corrido): la primera planeación, la del {Today}, enviará {Messages} mensajes ({Digests} resúmenes a oficinas, {Escalations} escalamientos) con {Notifications} avisos, {Backlog}. Reminders:CatchUp es Send; para solo registrarlos como reemplazados, sin enviarlos, ponga Reminders:CatchUp en Supersede antes de esa hora")]
    public static partial void FirstStartWillSend(ILogger logger, LogDate today, int messages, int digests, int escalations, int notifications, string backlog);

    [LoggerMessage(EventId = 310, Level = LogLevel.Warning,
        Message = "Primer arranque sobre esta base de datos con Reminders:CatchUp = Supersede: {Notifications} avisos pendientes al {Today} quedaron registrados como reemplazados, sin enviarse; desde la próxima planeación se envían solo los nuevos")]
    public static partial void FirstStartSuperseded(ILogger logger, int notifications, LogDate today);

    [LoggerMessage(EventId = 311, Level = LogLevel.Information, Message = "Primer arranque sobre esta base de datos: no hay avisos pendientes al {Today}")]
    public static partial void FirstStartNothingDue(ILogger logger, LogDate today);

    [LoggerMessage(EventId = 321, Level = LogLevel.Information, Message = "Programación {Trigger} actualizada en la base de datos compartida: {Cron}")]
    public static partial void ScheduleChanged(ILogger logger, string trigger, string cron);

    [LoggerMessage(EventId = 322, Level = LogLevel.Information, Message = "Programación {Trigger} retirada de la base de datos compartida (ya no está configurada)")]
    public static partial void ScheduleRemoved(ILogger logger, string trigger);

    [LoggerMessage(EventId = 320, Level = LogLevel.Information, Message = "Fired {Job} for {ScheduledFireTime:o} on scheduler instance {InstanceId}")]
    public static partial void Fired(ILogger logger, string job, DateTimeOffset? scheduledFireTime, string instanceId);

    [LoggerMessage(EventId = 307, Level = LogLevel.Critical,
        Message = "The {Job} run sent nothing: the mail server refused the configured credentials; messages stay pending until Mail:Smtp is fixed. {Reason}")]
    public static partial void MailRefused(ILogger logger, string job, string reason);

    [LoggerMessage(EventId = 308, Level = LogLevel.Error,
        Message = "The {Job} run could not hand mail over (the SMTP server or the pickup folder); what it did not send stays pending, with no attempt counted, for the next run. {Reason}")]
    public static partial void MailUnreachable(ILogger logger, string job, string reason);
}
