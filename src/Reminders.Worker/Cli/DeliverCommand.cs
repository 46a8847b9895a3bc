using System.CommandLine;
using Reminders.Worker.Delivery;

namespace Reminders.Worker.Cli;

/// <summary>
/// <c>reminders deliver</c>: delivers what is due in the outbox now, without planning. Exits 1 when a message failed or
/// nothing could be delivered (server down, 421, 535).
/// </summary>
public static class DeliverCommand
{
    public static Command Create()
    {
        var command = new Command("deliver", "Entrega ahora lo pendiente del outbox, sin planear");
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var delivered = await scope.Get<DeliveryService>().DrainAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(RunSummary.Delivered(delivered));
            return RunSummary.DeliveryExitCode(delivered);
        });
    }
}
