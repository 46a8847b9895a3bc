using System.CommandLine;
using Microsoft.Extensions.Options;
using Reminders.Core.Options;
using Reminders.Core.Text;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;
using Reminders.Worker.Jobs;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Cli;

/// <summary>
/// <c>reminders check-config [--send-test-to ADDR]</c>: validates every option as the service does (and that each
/// schedule fires within a year), warns about example addresses still in place, reaches and migrates the database, logs
/// in to the SMTP server when SMTP delivery is on, and optionally sends a test message. Prints a ✔/✘ checklist.
/// Exit codes: 2 when the configuration is invalid, 1 when the database, the SMTP server or the test message fails.
/// </summary>
public static class CheckConfigCommand
{
    public static Command Create()
    {
        var sendTestTo = new Option<string?>("--send-test-to") { HelpName = "CORREO", Description = "Envía un mensaje de prueba a esta dirección con la entrega configurada" };
        var command = new Command("check-config", "Comprueba la configuración: opciones, base de datos, servidor SMTP y (opcional) un mensaje de prueba") { sendTestTo };
        command.SetAction((result, cancellationToken) => RunAsync(CliRootCommand.HostOf(result), result.GetValue(sendTestTo), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(ICliHost cli, string? testAddress, CancellationToken cancellationToken)
    {
        if (testAddress is not null && !EmailAddress.IsValid(testAddress))
        {
            await Console.Error.WriteLineAsync($"Error: --send-test-to: «{testAddress}» no es una dirección de correo válida.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        // The same services the service builds (scheduler included), so every validator it runs runs here too.
        var builder = cli.CreateCommandBuilder();
        builder.Services.AddScheduling(builder.Configuration);
        using var host = builder.Build();
        var checklist = new Checklist(Console.Out);

        var failures = ConfigCheck.Failures(host.Services);
        if (failures.Count > 0)
        {
            checklist.Line($"La configuración tiene {failures.Count} error(es):");
            return await ConfigurationReport.WriteAsync(Console.Out, failures).ConfigureAwait(false);
        }

        checklist.Pass("Configuración válida (Reminders, Schedules, Database, Mail).");
        ConfigCheck.Schedules(host.Services, checklist);
        foreach (var warning in ExampleAddresses.Warnings(
                     host.Services.GetRequiredService<IOptions<RemindersOptions>>().Value, host.Services.GetRequiredService<IOptions<MailOptions>>().Value))
        {
            checklist.Warn(warning);
        }

        var paths = host.Services.GetRequiredService<AppPaths>();
        if (!await ConfigCheck.DataDirectoryAsync(paths, checklist, cancellationToken).ConfigureAwait(false)
            || !await CheckDatabaseAsync(host.Services, checklist).ConfigureAwait(false))
        {
            return ExitCodes.Failure;
        }

        var mail = host.Services.GetRequiredService<IOptions<MailOptions>>().Value;
        var delivery = host.Services.GetRequiredService<IMailDelivery>();
        if (!await ConfigCheck.DeliveryAsync(mail, delivery, paths, checklist, cancellationToken).ConfigureAwait(false)
            || !TemplateCheck.Run(mail, paths, checklist))
        {
            return ExitCodes.Failure;
        }

        if (!await ConfigCheck.IntakeAsync(host.Services, checklist, cancellationToken).ConfigureAwait(false))
        {
            return ExitCodes.Failure;
        }

        if (testAddress is not null
            && !await ConfigCheck.SendTestAsync(mail, delivery, testAddress, checklist).ConfigureAwait(false))
        {
            return ExitCodes.Failure;
        }

        checklist.Line("Todo en orden.");
        return ExitCodes.Success;
    }

    private static async Task<bool> CheckDatabaseAsync(IServiceProvider services, Checklist checklist)
    {
        var provider = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        try
        {
            var connections = services.GetRequiredService<ConnectionFactory>();
            var applied = await Task.Run(() => services.GetRequiredService<Migrator>().Migrate()).ConfigureAwait(false);
            checklist.Pass($"Base de datos ({connections.Provider}): conectada, esquema al día"
                + (applied.Count > 0 ? $" ({applied.Count} migración(es) aplicadas ahora)." : "."));
            return true;
        }
        catch (Exception e) when (DatabaseErrors.IsDatabaseFailure(e) || e is InvalidOperationException or IOException or ArgumentException)
        {
            checklist.Fail(DatabaseErrors.Describe(e, provider));
            return false;
        }
    }
}
