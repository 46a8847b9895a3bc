using System.CommandLine;
using Reminders.Worker.Delivery;

namespace Reminders.Worker.Cli;

/// <summary>
/// <c>reminders send-now [--as-of DATE]</c>: plans a run and delivers the outbox through the configured delivery. Exits 1
/// when an entity could not be planned, a message failed, or nothing could be delivered (server down, 421, 535).
/// </summary>
public static class SendNowCommand
{
    public static Command Create()
    {
        var asOf = Commands.AsOf();
        var command = new Command("send-now", "Planea la corrida de una fecha y entrega lo pendiente ahora") { asOf };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var day = result.DayOf(asOf, scope);
            var (run, reports) = await PlanCommand.PlanDayAsync(day, scope, cancellationToken).ConfigureAwait(false);
            var delivered = await scope.Get<DeliveryService>().DrainAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine(RunSummary.Planned(day, run, reports) + RunSummary.Delivered(delivered));
            RunSummary.WarnIfNothingImported(run);
            EntityFailures.Write(run.Failures);

            // 1 whenever the run leaves something undone that the administrator must see: a scheduled wrapper checks it.
            var deliveryExit = RunSummary.DeliveryExitCode(delivered);
            return run.Failures.Count > 0 ? ExitCodes.Failure : deliveryExit;
        });
    }
}
