using Reminders.Worker.Delivery;
using Reminders.Worker.Planning;

namespace Reminders.Worker.Cli;

/// <summary>The lines <c>plan</c>, <c>deliver</c> and <c>send-now</c> print about what they planned and delivered.</summary>
internal static class RunSummary
{
    public static string Planned(DateOnly day, PlanningRun run, int reports) =>
        $"{day:yyyy-MM-dd}: {run.MessageCount} mensaje(s) nuevos ({run.Notifications} notificaciones, {run.Superseded} reemplazadas); "
        + (reports > 0 ? $"{reports} informe(s) de seguimiento; " : "");

    /// <summary>Says on stderr when the database holds no plan at all, so a run that planned nothing is not taken for a quiet day.</summary>
    public static void WarnIfNothingImported(PlanningRun run)
    {
        if (run.NothingImported)
        {
            Console.Error.WriteLine("Aviso: la base de datos no tiene ningún plan importado, así que no hay nada que avisar. Importe el plan de cada entidad con «reminders import ARCHIVO --entity NOMBRE».");
        }
    }

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
