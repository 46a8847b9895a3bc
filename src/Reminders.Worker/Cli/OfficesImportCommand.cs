using System.CommandLine;
using Reminders.Core.Import;
using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary>
/// <c>reminders offices import &lt;file.csv&gt;</c>: loads the office directory from a CSV (read by
/// <see cref="OfficeDirectoryReader"/>). Every row is checked first; one bad row imports nothing.
/// </summary>
public static class OfficesImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("archivo") { Description = "CSV con columnas oficina, correos, jefe, alias, idioma" };
        var entity = Commands.Entity();
        var command = new Command("import", "Importa el directorio de oficinas desde un CSV") { file, entity };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var path = result.ExistingFile(file);
            var (changes, errors) = OfficeDirectoryReader.Read(await File.ReadAllBytesAsync(path.FullName, cancellationToken).ConfigureAwait(false), path.Name);
            if (errors.Count > 0)
            {
                await Console.Error.WriteLineAsync($"El archivo tiene {errors.Count} error(es); no se importó nada:").ConfigureAwait(false);
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync($"  - {error}").ConfigureAwait(false);
                }

                return ExitCodes.BadInput;
            }

            var saved = await scope.Get<OfficeStore>().SetAsync(await scope.EntityAsync(result.GetValue(entity), cancellationToken).ConfigureAwait(false), changes, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{saved.Count} oficina(s) actualizadas desde {path.Name}.");
            return ExitCodes.Success;
        });
    }
}
