using System.CommandLine;
using Microsoft.Extensions.Options;
using Reminders.Core.Import;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders import &lt;file&gt;</c>: reads a plan file and stores it in one transaction, storing what it has read while it reads the rest.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("archivo") { Description = "Plan exportado: .tsv, .csv (tab, punto y coma o coma) o .xlsx" };
        var entity = Commands.Entity("Entidad del plan (por defecto la única de la base de datos, o Reminders:Entity)");
        var year = new Option<int?>("--year") { HelpName = "AÑO", Description = "Vigencia del plan (por defecto, el año de sus fechas)" };
        var component = new Option<string?>("--component")
        {
            HelpName = "COMPONENTE", Description = "Componente de una tabla sin fila de título, como «3» o «III» (por defecto, el del nombre de la hoja o del archivo)",
        };
        var dryRun = new Option<bool>("--dry-run") { Description = "Muestra qué cambiaría sin escribir nada" };
        var json = Commands.Json();
        var command = new Command("import", "Importa un plan (PAAC) a la base de datos") { file, entity, year, component, dryRun, json };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var path = result.ExistingFile(file);
            var asJson = result.GetValue(json);
            var options = new PlanReaderOptions(result.GetValue(year), result.GetValue(component), scope.Get<IOptions<ImportOptions>>().Value.Limits);
            var (read, report) = await scope.Get<PlanStore>().ImportWhileReadingAsync(
                early =>
                {
                    using var stream = path.OpenRead();
                    return PlanReader.Read(stream, path.Name, options, early);
                },
                () => scope.EntityAsync(result.GetValue(entity), cancellationToken),
                path.Name,
                result.GetValue(dryRun),
                cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                WriteErrors(read.Errors, asJson);
                return ExitCodes.BadInput;
            }

            if (asJson)
            {
                Json.Write(Console.Out, ImportJson.From(report, [], read.Plan));
            }
            else
            {
                WriteReport(report);
                foreach (var note in read.Plan!.Notes ?? [])
                {
                    Console.WriteLine($"  nota: {note}");
                }
            }

            return ExitCodes.Success;
        });
    }

    private static void WriteErrors(IReadOnlyList<ImportError> errors, bool asJson)
    {
        if (asJson)
        {
            Json.Write(Console.Out, ImportJson.Failed(errors));
        }

        Console.Error.WriteLine($"El archivo tiene {errors.Count} error(es); no se importó nada:");
        foreach (var error in errors)
        {
            Console.Error.WriteLine($"  - {error.Message}");
        }

        Console.Error.WriteLine("Corrija el archivo y vuelva a importarlo.");
    }

    private static void WriteReport(ImportReport report)
    {
        Console.WriteLine(report.DryRun
            ? $"Simulación (no se escribió nada): plan {report.Year} de {report.Entity}"
            : $"Plan {report.Year} de {report.Entity} importado.");
        Console.WriteLine($"  nuevas: {report.Added.Count}, modificadas: {report.Changed.Count}, retiradas: {report.Removed.Count}, sin cambios: {report.Unchanged.Count}");
        WriteList("nuevas", report.Added);
        WriteList("modificadas", report.Changed);
        WriteList("retiradas", report.Removed);
        WriteList("renumeradas (la tabla no tiene números; se reconocieron por su texto)", report.Renumbered ?? []);
        WriteList("oficinas nuevas (agregue sus correos con «reminders offices set»)", report.OfficesCreated);
    }

    private static void WriteList(string title, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
        {
            Console.WriteLine($"  {title}: {ShortList.Format(items)}");
        }
    }
}
