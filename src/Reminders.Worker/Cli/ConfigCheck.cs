using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Core.Options;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;
using Reminders.Worker.Intake;
using Reminders.Worker.Jobs;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Pickup;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Cli;

/// <summary>The steps of <c>reminders check-config</c>.</summary>
internal static class ConfigCheck
{
    /// <summary>Every validation failure of every options section (each names its setting), not only the first section's.</summary>
    public static IReadOnlyList<string> Failures(IServiceProvider services)
    {
        var failures = new List<string>();
        Collect<RemindersOptions>(services, failures);
        Collect<SchedulesOptions>(services, failures);
        Collect<ClusterOptions>(services, failures);
        Collect<DatabaseOptions>(services, failures);
        Collect<MailOptions>(services, failures);

        // Any other options the service validates on start (the same startup validator the host runs).
        try
        {
            services.ValidateOptions();
        }
        catch (OptionsValidationException e)
        {
            failures.AddRange(e.Failures.Except(failures, StringComparer.Ordinal));
        }
        catch (AggregateException e)
        {
            failures.AddRange(e.InnerExceptions.OfType<OptionsValidationException>().SelectMany(v => v.Failures).Except(failures, StringComparer.Ordinal));
        }

        return failures;
    }

    /// <summary>One ✔ line per schedule with its next fire time in the entity's time zone.</summary>
    public static void Schedules(IServiceProvider services, Checklist checklist)
    {
        var schedules = services.GetRequiredService<IOptions<SchedulesOptions>>().Value;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(services.GetRequiredService<IOptions<RemindersOptions>>().Value.TimeZone);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        foreach (var (setting, cron) in new[] { ("Planning", schedules.Planning), ("Delivery", schedules.Delivery) })
        {
            checklist.Pass($"Schedules:{setting} «{cron}»: próxima ejecución {NextFireText(cron, zone, now)}.");
        }

        checklist.Pass(schedules.IntakeOn
            ? $"Schedules:Intake «{schedules.Intake}»: próxima lectura del buzón de respuestas {NextFireText(schedules.Intake, zone, now)}."
            : "Schedules:Intake vacío: el buzón de respuestas no se lee.");
    }

    /// <summary>"2026-12-01 07:00 (America/Bogota)": the next fire time of a valid cron expression in <paramref name="zone"/>.</summary>
    public static string NextFireText(string cron, TimeZoneInfo zone, DateTimeOffset now) =>
        SchedulesOptionsValidator.NextFire(cron, zone, now) is { } next
            ? $"{TimeZoneInfo.ConvertTime(next, zone):yyyy-MM-dd HH:mm} ({zone.Id})"
            : "ninguna";

    /// <summary>Pickup: the folder can be written. SMTP: connects and logs in.</summary>
    public static async Task<bool> DeliveryAsync(MailOptions mail, IMailDelivery delivery, AppPaths paths, Checklist checklist, CancellationToken cancellationToken)
    {
        if (delivery is SmtpDelivery smtp)
        {
            var target = $"{mail.Smtp.Host}:{mail.Smtp.Port} ({mail.Smtp.Security}, autenticación {mail.Smtp.EffectiveAuth})";
            try
            {
                await smtp.CheckAsync(cancellationToken).ConfigureAwait(false);
                checklist.Pass($"Servidor SMTP {target}: conexión e inicio de sesión correctos.");
                return true;
            }
            catch (SmtpSessionException e)
            {
                checklist.Fail($"Servidor SMTP {target}: {e.Message}");
                return false;
            }
        }

        var folder = delivery is PickupDelivery pickup ? pickup.PickupDirectory : paths.Resolve(mail.PickupDirectory);
        try
        {
            await ProbeWriteAsync(folder, cancellationToken).ConfigureAwait(false);
            checklist.Pass($"Entrega por carpeta (Mail:Delivery = Pickup): {Path.GetFullPath(folder)} se puede escribir.");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            checklist.Fail($"Entrega por carpeta: no se puede escribir en {folder} (Mail:PickupDirectory): {e.Message}");
            return false;
        }
    }

    /// <summary>With <c>Schedules:Intake</c> set: connects and logs in to the intake mailbox.</summary>
    public static async Task<bool> IntakeAsync(IServiceProvider services, Checklist checklist, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<IOptions<SchedulesOptions>>().Value.IntakeOn)
        {
            return true;
        }

        var intake = services.GetRequiredService<IOptions<IntakeOptions>>().Value;
        var target = $"{intake.Host}:{intake.Port} ({intake.Security}, usuario {intake.UserName})";
        try
        {
            await services.GetRequiredService<IntakeMailbox>().CheckAsync(cancellationToken).ConfigureAwait(false);
            checklist.Pass($"Buzón de respuestas {target}: conexión e inicio de sesión correctos.");
            return true;
        }
        catch (IntakeMailboxException e)
        {
            checklist.Fail(e.Message);
            return false;
        }
    }

    /// <summary>
    /// The data directory (<c>Paths:DataDirectory</c>) exists or can be made, and a file can be written in it: the SQLite
    /// file, the pickup folder and the templates resolve against it.
    /// </summary>
    public static async Task<bool> DataDirectoryAsync(AppPaths paths, Checklist checklist, CancellationToken cancellationToken)
    {
        try
        {
            await ProbeWriteAsync(paths.DataDirectory, cancellationToken).ConfigureAwait(false);
            checklist.Pass($"Carpeta de datos: {paths.DataDirectory}");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            checklist.Fail($"Carpeta de datos: no se puede crear ni escribir {paths.DataDirectory} (Paths:DataDirectory): "
                + $"{e.Message.TrimEnd('.', ' ')}. Indique una carpeta que el servicio pueda crear y escribir.");
            return false;
        }
    }

    /// <summary>Sends a short Spanish test message through the configured delivery.</summary>
    public static async Task<bool> SendTestAsync(MailOptions mail, IMailDelivery delivery, string address, Checklist checklist)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(mail.From));
        message.To.Add(MailboxAddress.Parse(address));
        message.Subject = "Prueba de configuración de Recordatorios PAAC";
        message.Body = new TextPart("plain")
        {
            Text = "Este es un mensaje de prueba enviado por «reminders check-config».\n"
                + "Si lo recibió, la entrega de correo del servicio de recordatorios del PAAC está bien configurada.\n"
                + "No es necesario responder.\n",
        };

        DeliveryResult? outcome = null;
        try
        {
            await delivery.SendAsync([new OutgoingMail(0, message)], (_, result, _) =>
            {
                outcome = result;
                return Task.CompletedTask;
            }, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DeliveryUnavailableException e)
        {
            // The server could not be reached or the pickup folder written: the reason names the setting.
            checklist.Fail($"Mensaje de prueba a {address} no enviado: {e.Message}");
            return false;
        }

        if (outcome is { Status: DeliveryStatus.Sent })
        {
            checklist.Pass($"Mensaje de prueba enviado a {address}: {outcome.Reply}");
            return true;
        }

        checklist.Fail($"Mensaje de prueba a {address} no enviado: {outcome?.Reply ?? "sin respuesta"}");
        return false;
    }

    /// <summary>Makes <paramref name="folder"/> if missing and writes and removes a file in it; throws what stops either.</summary>
    private static async Task ProbeWriteAsync(string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var probe = Path.Combine(folder, $".check-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(probe, "", cancellationToken).ConfigureAwait(false);
        File.Delete(probe);
    }

    private static void Collect<T>(IServiceProvider services, List<string> failures)
        where T : class
    {
        try
        {
            _ = services.GetRequiredService<IOptions<T>>().Value;
        }
        catch (OptionsValidationException e)
        {
            failures.AddRange(e.Failures);
        }
    }
}
