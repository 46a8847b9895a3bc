using System.CommandLine;
using Reminders.Worker.Delivery;
using Reminders.Worker.Planning;
using Reminders.Worker.Reports;

namespace Reminders.Worker.Cli;

/// <summary>
/// <c>reminders send-now [--as-of DATE]</c>: plans a run and delivers the outbox through the configured delivery. Exits 1
/// when an entity could not be planned, a message failed, or nothing could be delivered (server down, 421, 535).
/// </summary>
public static class SendNowCommand
{
    public static Command Create()
    {
        var asOf = new Option<string?>("--as-of") { HelpName = "FECHA", Description = "Fecha de la corrida (por defecto hoy)" };
        var command = new Command("send-now", "Planea la corrida de una fecha y entrega lo pendiente ahora") { asOf };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async scope =>
        {
            var day = CliDates.ParseOptional(result.GetValue(asOf), "--as-of") ?? scope.Today();
            var run = await scope.Get<PlanningService>().PlanAsync(day, record: true, null, cancellationToken).ConfigureAwait(false);
            var reports = await scope.Get<FollowUpMailer>().PlanAsync(day, cancellationToken).ConfigureAwait(false);
            var delivered = await scope.Get<DeliveryService>().DrainAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{day:yyyy-MM-dd}: {run.Messages.Count} mensaje(s) nuevos ({run.Notifications} notificaciones, {run.Superseded} reemplazadas); "
                + (reports > 0 ? $"{reports} informe(s) de seguimiento; " : "")
                + $"entregados {delivered.Sent}, por reintentar {delivered.Retried}, fallidos {delivered.Failed}.");
            EntityFailures.Write(run.Failures);
            if (delivered.Sent == 0 && delivered.Attempted > 0)
            {
                Console.Error.WriteLine("No se pudo entregar ningún mensaje: quedan en el outbox («reminders outbox list») y se reintentan en la próxima entrega. Revise Mail:Smtp y que el servidor de correo esté disponible.");
            }

            // 1 whenever the run leaves something undone that the administrator must see: a scheduled wrapper checks it.
            return delivered.Failed > 0 || run.Failures.Count > 0 || (delivered.Sent == 0 && delivered.Attempted > 0)
                ? ExitCodes.Failure
                : ExitCodes.Success;
        }));
        return command;
    }
}
