using Microsoft.Extensions.Options;
using Quartz;
using Reminders.Worker.Cli;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;
using Reminders.Worker.Jobs;

namespace Reminders.Worker;

/// <summary>
/// Runs the service: the shared composition root plus the scheduler, as a Windows service or a systemd unit
/// (<c>Type=notify</c>) when started by one, else in the console until Ctrl+C or SIGTERM.
/// </summary>
public static class ServiceRunner
{
    /// <summary>How long stopping may take: the job in flight finishes its message. systemd's TimeoutStopSec is longer.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(60);

    public static IHost Build(string[]? args = null)
    {
        var builder = AppHost.CreateBuilder();
        if (args is { Length: > 0 })
        {
            builder.Configuration.AddCommandLine(args);
        }

        // Console log lines carry an ISO-8601 time stamp (under systemd the journal stamps them instead).
        builder.Logging.AddSimpleConsole(o => o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffzzz ");
        // A failure to start is reported by RunAsync as one line naming the setting; the host's own report would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.AddWindowsService(o => o.ServiceName = "Reminders");
        builder.Services.AddSystemd();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddScheduling(builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// Runs until stopped. Stopping (SIGTERM, Ctrl+C, the service manager) is the host's to handle, so the job in flight
    /// can finish; an invalid configuration exits with 2, a failure to start (database down) with 1 so the service
    /// manager restarts it later.
    /// </summary>
    public static async Task<int> RunAsync()
    {
        try
        {
            using var host = Build();
            host.Services.ValidateOptions();
            await host.RunAsync().ConfigureAwait(false);
            return ExitCodes.Success;
        }
        catch (OptionsValidationException ex)
        {
            return await ConfigurationReport.WriteAsync(Console.Error, ex.Failures, "La configuración no es válida; el servicio no arranca:").ConfigureAwait(false);
        }
        catch (Exception ex) when (DatabaseErrors.IsDatabaseFailure(ex))
        {
            await Console.Error.WriteLineAsync($"El servicio no pudo arrancar: {DatabaseErrors.Describe(ex)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or SchedulerException)
        {
            await Console.Error.WriteLineAsync($"El servicio no pudo arrancar: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
