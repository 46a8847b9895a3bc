using System.CommandLine;

namespace Reminders.Worker.Cli;

/// <summary>What the commands are built from: command groups, the options several share, and the action run in a command scope.</summary>
internal static class Commands
{
    /// <summary>A command that only holds its subcommands, as <c>reminders outbox list|retry|runs</c>.</summary>
    public static Command Group(string name, string description, params Command[] subcommands)
    {
        var command = new Command(name, description);
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    /// <summary><c>--json</c>: the output as the documented JSON.</summary>
    public static Option<bool> Json(string description = "Salida en JSON") => new("--json") { Description = description };

    /// <summary><c>--as-of FECHA</c>: the run date, today in the entity's time zone by default.</summary>
    public static Option<string?> AsOf() => new("--as-of") { HelpName = "FECHA", Description = "Fecha de la corrida (por defecto hoy)" };

    /// <summary>The day an <c>--as-of</c> option names, or today in the entity's time zone.</summary>
    public static DateOnly DayOf(this ParseResult result, Option<string?> asOf, CommandScope scope) =>
        CliDates.ParseOptional(result.GetValue(asOf), asOf.Name) ?? scope.Today();

    /// <summary><c>--entity ENTIDAD</c> where one entity is meant: the only one in the database, or <c>Reminders:Entity</c>, by default.</summary>
    public static Option<string?> Entity(string description = "Entidad (por defecto la única de la base de datos, o Reminders:Entity)") =>
        new("--entity") { HelpName = "ENTIDAD", Description = description };

    /// <summary>
    /// Makes <paramref name="body"/> the command's action, run in a command scope by <see cref="CommandRunner"/>: a failure
    /// becomes a clear message and the documented exit code.
    /// </summary>
    public static Command RunsInScope(this Command command, Func<ParseResult, CommandScope, CancellationToken, Task<int>> body, bool migrate = true)
    {
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, scope => body(result, scope, cancellationToken), migrate));
        return command;
    }

    /// <summary>The file an argument names, or a clear error when it does not exist.</summary>
    public static FileInfo ExistingFile(this ParseResult result, Argument<FileInfo> argument)
    {
        var file = result.GetRequiredValue(argument);
        return file.Exists ? file : throw new InvalidInputException($"No existe el archivo «{file.FullName}».");
    }
}
