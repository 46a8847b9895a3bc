using Microsoft.Extensions.Options;
using Reminders.Core.Options;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;
using Reminders.Worker.Logging;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Jobs;

/// <summary>
/// The service's first and last log lines: at start, the configuration in force (data folder, database, delivery,
/// time zone, catch-up) and the next fire time of each schedule; at stop, that it stopped. Registered last, so the
/// start line comes once the database is migrated and the scheduler runs.
/// </summary>
internal sealed class ServiceBanner(
    ConnectionFactory connections,
    AppPaths paths,
    IOptions<MailOptions> mail,
    IOptions<SchedulesOptions> schedules,
    IOptions<RemindersOptions> reminders,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ServiceBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var summary = logger.IsEnabled(LogLevel.Information) ? Summary(time.GetUtcNow()) : "";
        JobsLog.Started(logger, summary);
        lifetime.ApplicationStopped.Register(() => JobsLog.ServiceStopped(logger));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>"datos /var/lib/reminders; base de datos Sqlite; entrega Pickup en …; zona America/Bogota; …; Schedules:Planning «…» próxima 2026-12-01T07:00:00-05:00; …".</summary>
    public string Summary(DateTimeOffset now)
    {
        var options = reminders.Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone);
        var m = mail.Value;
        var delivery = m.Delivery == MailDeliveryKind.Smtp
            ? $"entrega Smtp a {m.Smtp.Host}:{m.Smtp.Port} ({m.Smtp.Security})"
            : $"entrega Pickup en {paths.Resolve(m.PickupDirectory)}";
        var parts = new List<string>
        {
            $"datos {paths.DataDirectory}",
            $"base de datos {connections.Provider}",
            $"{delivery}, remitente {m.From}, máximo {m.RateLimitPerMinute} por minuto",
            $"zona {zone.Id}",
            $"Reminders:CatchUp {options.CatchUp}",
            Schedule("Planning", schedules.Value.Planning, zone, now),
            Schedule("Delivery", schedules.Value.Delivery, zone, now),
            schedules.Value.IntakeOn ? Schedule("Intake", schedules.Value.Intake, zone, now) : "Schedules:Intake vacío (el buzón de respuestas no se lee)",
        };
        return string.Join("; ", parts);
    }

    private static string Schedule(string setting, string cron, TimeZoneInfo zone, DateTimeOffset now) =>
        $"Schedules:{setting} «{cron}» próxima {(SchedulesOptionsValidator.NextFire(cron, zone, now) is { } next ? LogDates.Time(TimeZoneInfo.ConvertTime(next, zone)) : "ninguna")}";
}
