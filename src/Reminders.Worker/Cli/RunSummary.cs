using Reminders.Worker.Delivery;
using Reminders.Worker.Planning;

namespace Reminders.Worker.Cli;

/// <summary>The lines <c>plan</c>, <c>deliver</c> and <c>send-now</c> print about what they planned and delivered.</summary>
internal static class RunSummary
{
    public static string Planned(DateOnly day, PlanningRun run, int reports) =>
        $"{day:yyyy-MM-dd}: {run.MessageCount} mensaje(s) nuevos ({run.Notifications} notificaciones, {run.Superseded} reemplazadas); "
        + (reports > 0 ? $"{reports} informe(s) de seguimiento; " : "");

    public static string Delivered(DeliveryRun delivered) =>
        $"entregados {delivered.Sent}, por reintentar {delivered.Retried}, fallidos {delivered.Failed}.";

    /// <summary>Says on stderr when nothing could be delivered, and returns 1 when a message failed or none went out.</summary>
    public static int DeliveryExitCode(DeliveryRun delivered)
    {
        if (NothingDelivered(delivered))
        {
            Console.Error.WriteLine("No se pudo entregar ningún mensaje: quedan en el outbox («reminders outbox list») y se reintentan en la próxima entrega. Revise Mail:Smtp y que el servidor de correo esté disponible.");
        }

        return delivered.Failed > 0 || NothingDelivered(delivered) ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static bool NothingDelivered(DeliveryRun delivered) => delivered.Sent == 0 && delivered.Attempted > 0;
}
