using System.CommandLine;

namespace Reminders.Worker.Cli;

/// <summary>The command line: <c>reminders</c> alone (or <c>reminders run</c>) runs the service; the rest are administrator commands.</summary>
public static class CliApp
{
    public static RootCommand Create(ICliHost host)
    {
        var root = new CliRootCommand(host, "Recordatorios del Plan Anticorrupción y de Atención al Ciudadano (PAAC). Sin comando, ejecuta el servicio.");
        root.SetAction((_, _) => host.RunServiceAsync());
        Command[] commands =
        [
            RunCommand.Create(), CheckConfigCommand.Create(), ImportCommand.Create(), OfficesCommand.Create(), ActivitiesCommand.Create(),
            EntitiesCommand.Create(), HolidaysCommand.Create(), PreviewCommand.Create(), PlanCommand.Create(), DeliverCommand.Create(),
            SendNowCommand.Create(), OutboxCommand.Create(), ReportCommand.Create(), IntakeCommand.Create(),
        ];
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, ICliHost host)
    {
        var root = Create(host);
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in UsageErrors.Describe(result))
            {
                await Console.Error.WriteLineAsync($"Error: {error}").ConfigureAwait(false);
            }

            await Console.Error.WriteLineAsync("Use «reminders --help» o «reminders <comando> --help» para ver el uso.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        // The service handles SIGTERM itself (the host lets the job in flight finish); commands are cancelled by the library.
        var service = result.CommandResult.Command is RootCommand || result.CommandResult.Command.Name == "run";
        var configuration = service
            ? new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }
            : new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return await result.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (Exception e) when (Configuration.ConfigurationFileError.Describe(e) is { } failure)
        {
            // appsettings.json edited by hand and left unreadable: the file, line and column, exit 2, as any setting.
            return await ConfigurationReport.WriteAsync(Console.Error, [failure], "La configuración no es válida:").ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Never a stack trace for an administrator: one line, and the exit code of a runtime failure.
            var cause = e is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : e;
            await Console.Error.WriteLineAsync($"Error inesperado ({cause.GetType().Name}): {cause.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
