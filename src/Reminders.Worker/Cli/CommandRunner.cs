using System.CommandLine;
using Microsoft.Extensions.Options;
using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary>Runs a command's body and turns failures into a clear message on stderr and the documented exit code.</summary>
public static class CommandRunner
{
    public static async Task<int> RunAsync(ParseResult result, Func<CommandScope, Task<int>> body, bool migrate = true)
    {
        try
        {
            using var scope = CommandScope.Open(CliRootCommand.HostOf(result), migrate);
            return await body(scope).ConfigureAwait(false);
        }
        catch (Exception ex) when (InputErrors.Describe(ex) is { } message)
        {
            await Console.Error.WriteLineAsync($"Error: {message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OptionsValidationException ex)
        {
            return await ConfigurationReport.WriteAsync(Console.Error, ex.Failures, "La configuración no es válida:").ConfigureAwait(false);
        }
        catch (Exception ex) when (DatabaseErrors.IsDatabaseFailure(ex))
        {
            await Console.Error.WriteLineAsync($"Error: {DatabaseErrors.Describe(ex)}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Mail.DeliveryUnavailableException ex)
        {
            await Console.Error.WriteLineAsync($"Error de correo: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Intake.IntakeMailboxException ex)
        {
            await Console.Error.WriteLineAsync($"Error de correo: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("Cancelado.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            await Console.Error.WriteLineAsync($"Error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
    }
}
