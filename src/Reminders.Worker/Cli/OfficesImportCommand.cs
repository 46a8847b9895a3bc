using System.CommandLine;
using Microsoft.VisualBasic.FileIO;
using Reminders.Core.Plans;
using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary>
/// <c>reminders offices import &lt;file.csv&gt;</c>: loads the office directory from a CSV with a header row
/// (<c>oficina;correos;jefe;alias;idioma</c>, separated by semicolons, commas or tabs). Several addresses or aliases in
/// one cell are separated by <c>|</c>. Every row is checked first; one bad row imports nothing.
/// </summary>
public static class OfficesImportCommand
{
    private static readonly string[] NameHeaders = ["oficina", "nombre", "dependencia", "name", "office"];
    private static readonly string[] EmailHeaders = ["correos", "correo", "emails", "email"];
    private static readonly string[] HeadHeaders = ["jefe", "head", "correo jefe"];
    private static readonly string[] AliasHeaders = ["alias", "aliases"];
    private static readonly string[] LanguageHeaders = ["idioma", "language"];

    public static Command Create()
    {
        var file = new Argument<FileInfo>("archivo") { Description = "CSV con columnas oficina, correos, jefe, alias, idioma" };
        var entity = new Option<string?>("--entity") { HelpName = "ENTIDAD", Description = "Entidad (por defecto la única de la base de datos, o Reminders:Entity)" };
        var command = new Command("import", "Importa el directorio de oficinas desde un CSV") { file, entity };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async scope =>
        {
            var path = result.GetRequiredValue(file);
            if (!path.Exists)
            {
                throw new InvalidInputException($"No existe el archivo «{path.FullName}».");
            }

            var (changes, errors) = Read(path);
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
        }));
        return command;
    }

    internal static (List<OfficeChange> Changes, List<string> Errors) Read(FileInfo path)
    {
        var firstLine = File.ReadLines(path.FullName).FirstOrDefault() ?? "";
        var delimiter = firstLine.Contains(';', StringComparison.Ordinal) ? ";" : firstLine.Contains('\t', StringComparison.Ordinal) ? "\t" : ",";
        using var parser = new TextFieldParser(path.FullName, System.Text.Encoding.UTF8) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = true };
        parser.SetDelimiters(delimiter);
        var changes = new List<OfficeChange>();
        var errors = new List<string>();
        var header = parser.ReadFields() ?? [];
        var keys = header.Select(OfficeNames.Normalize).ToList();
        int Column(string[] names) => keys.FindIndex(names.Contains);
        var (nameAt, emailAt, headAt, aliasAt, languageAt) =
            (Column(NameHeaders), Column(EmailHeaders), Column(HeadHeaders), Column(AliasHeaders), Column(LanguageHeaders));
        if (nameAt < 0)
        {
            errors.Add($"{path.Name}, línea 1: falta la columna «oficina» en el encabezado (se esperaba oficina;correos;jefe;alias;idioma).");
            return (changes, errors);
        }

        while (!parser.EndOfData)
        {
            var line = parser.LineNumber;
            var fields = parser.ReadFields() ?? [];
            string? Cell(int index) => index >= 0 && index < fields.Length && fields[index].Length > 0 ? fields[index] : null;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            try
            {
                var name = Cell(nameAt) ?? throw new InvalidInputException("falta el nombre de la oficina");
                var language = Cell(languageAt)?.ToLowerInvariant();
                if (language is not (null or "es" or "en"))
                {
                    throw new InvalidInputException($"idioma «{language}»; se esperaba es o en");
                }

                changes.Add(new OfficeChange(
                    name,
                    Cell(emailAt) is { } emails ? EmailAddresses.ParseList(emails, "correos") : null,
                    Cell(headAt) is { } head ? EmailAddresses.Require(head, "jefe") : null,
                    Cell(aliasAt)?.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                    language));
            }
            catch (InvalidInputException ex)
            {
                errors.Add($"{path.Name}, línea {line}: {ex.Message}");
            }
        }

        return (changes, errors);
    }
}
