using System.CommandLine;
using Reminders.Worker.Mail.Pickup;
using Reminders.Worker.Mail.Rendering;
using Reminders.Worker.Outbox;
using Reminders.Worker.Planning;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders preview</c>: what a run would send on a date, without sending or recording anything.</summary>
public static class PreviewCommand
{
    public static Command Create()
    {
        var asOf = Commands.AsOf();
        var office = new Option<string?>("--office") { HelpName = "OFICINA", Description = "Solo el resumen de esta oficina" };
        var json = Commands.Json();
        var output = new Option<DirectoryInfo?>("--out") { HelpName = "CARPETA", Description = "Escribe aquí los mensajes como archivos .eml para revisarlos" };
        var command = new Command("preview", "Muestra lo que se enviaría en una fecha, sin enviar ni registrar nada") { asOf, office, json, output };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var day = result.DayOf(asOf, scope);
            var onlyOffice = result.GetValue(office);
            if (onlyOffice is not null)
            {
                await KnownOffice.RequireAsync(scope, onlyOffice, null, cancellationToken).ConfigureAwait(false);
            }

            var run = await scope.Get<PlanningService>().PlanAsync(day, record: false, onlyOffice, cancellationToken).ConfigureAwait(false);
            EntityFailures.Write(run.Failures);
            var exit = run.Failures.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
            if (result.GetValue(output) is { } directory)
            {
                for (var i = 0; i < run.Messages.Count; i++)
                {
                    var path = Path.Combine(directory.FullName, $"{i + 1:000}-{StoredNames.Of(run.Messages[i].Entry.Kind)}.eml");
                    // A review copy carries a Message-ID of its own: a client that opened it must not take the real message for a duplicate.
                    var copy = run.Messages[i].Message;
                    copy.MessageId = MessageIds.ForPreview(run.Messages[i].Entry.Key, copy.From.Mailboxes.First().Domain);
                    await EmlWriter.WriteAtomicallyAsync(copy, path, cancellationToken).ConfigureAwait(false);
                }
            }

            RunSummary.WarnIfNothingImported(run);
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, run.Messages.Select(m => m.Entry).ToList());
                return exit;
            }

            Console.WriteLine(run.Messages.Count == 0
                ? $"Nada que enviar el {day:yyyy-MM-dd}."
                : run.Messages.Count == 1
                    ? $"El {day:yyyy-MM-dd} se enviaría 1 mensaje:"
                    : $"El {day:yyyy-MM-dd} se enviarían {run.Messages.Count} mensajes:");
            foreach (var message in run.Messages)
            {
                Console.WriteLine($"- {message.Entry.Subject}");
                Console.WriteLine($"    para: {string.Join(", ", message.Entry.To)}{(message.Entry.Cc.Count == 0 ? "" : $"; copia: {string.Join(", ", message.Entry.Cc)}")}");
                Console.WriteLine($"    actividades: {string.Join(", ", message.Entry.Items.Select(i => i.Activity))}");
            }

            return exit;
        });
    }
}
