using System.CommandLine;
using Reminders.Worker.Delivery;
using Reminders.Worker.Intake;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders intake list|run</c>: the replies read from the intake mailbox and what became of each; one reading now.</summary>
public static class IntakeCommand
{
    public static Command Create() =>
        Commands.Group("intake", "Buzón de respuestas: reportes de cumplimiento y avance recibidos por correo", List(), Run());

    private static Command List()
    {
        var last = new Option<int>("--last") { HelpName = "N", Description = "Cuántos mensajes mostrar (por defecto 50)", DefaultValueFactory = _ => 50 };
        var json = Commands.Json();
        var command = new Command("list", "Lista los mensajes leídos del buzón de respuestas: registrados, rechazados (con el motivo) o ignorados") { last, json };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var count = result.GetValue(last);
            if (count < 1)
            {
                throw new InvalidInputException($"--last: «{count}» no es válido; indique un número mayor que 0.");
            }

            var rows = await scope.Get<IntakeStore>().LatestAsync(count, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, rows);
                return ExitCodes.Success;
            }

            foreach (var row in rows)
            {
                Console.WriteLine($"{row.ProcessedAt} {Word(row.Outcome),-11} {row.Sender} «{row.Subject}»: {row.Reason} {row.MessageId}");
            }

            Console.WriteLine($"{rows.Count} mensaje(s).");
            return ExitCodes.Success;
        });
    }

    private static Command Run()
    {
        var command = new Command("run", "Lee ahora el buzón de respuestas (Mail:Intake) y entrega las respuestas");
        return command.RunsInScope(async (_, scope, cancellationToken) =>
        {
            var run = await scope.Get<IntakeMailbox>().RunAsync(cancellationToken).ConfigureAwait(false);
            var delivered = await scope.Get<DeliveryService>().DrainAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{run.Read} mensaje(s) leídos: {run.Recorded} registrados, {run.Rejected} rechazados, {run.Ignored} ignorados; "
                + $"{delivered.Sent} respuesta(s) enviadas.");
            return ExitCodes.Success;
        });
    }

    private static string Word(string outcome) => outcome switch
    {
        IntakeOutcome.Recorded => "registrado",
        IntakeOutcome.Rejected => "RECHAZADO",
        _ => "ignorado",
    };
}
