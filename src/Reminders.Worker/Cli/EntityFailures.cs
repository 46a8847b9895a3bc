using Reminders.Worker.Planning;

namespace Reminders.Worker.Cli;

/// <summary>Tells the administrator, on stderr, which entities a run could not plan and what to do.</summary>
internal static class EntityFailures
{
    public static void Write(IReadOnlyList<EntityFailure> failures)
    {
        foreach (var failure in failures)
        {
            Console.Error.WriteLine(
                $"No se pudo planear la entidad «{failure.Entity}» ({failure.Error}); sus recordatorios esperan a que se corrija esa causa "
                + "(un dato de su plan: vuelva a importarlo). Las demás entidades sí se planearon. Detalle en «reminders outbox runs».");
        }
    }
}
