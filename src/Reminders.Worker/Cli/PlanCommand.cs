using System.CommandLine;
using Reminders.Worker.Planning;
using Reminders.Worker.Reports;

namespace Reminders.Worker.Cli;

/// <summary>
/// <c>reminders plan [--as-of DATE]</c>: plans a day and records its messages in the outbox without delivering them; they
/// leave with the next delivery (<c>reminders deliver</c> or the service). Exits 1 when an entity could not be planned.
/// </summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var asOf = Commands.AsOf();
        var command = new Command("plan", "Planea la corrida de una fecha y deja los mensajes en el outbox, sin entregarlos") { asOf };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var day = result.DayOf(asOf, scope);
            var (run, reports) = await PlanDayAsync(day, scope, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(RunSummary.Planned(day, run, reports) + "quedan en el outbox hasta la próxima entrega («reminders deliver»).");
            RunSummary.WarnIfNothingImported(run);
            EntityFailures.Write(run.Failures);
            return run.Failures.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
    }

    /// <summary>Plans the day and records its messages and follow-up reports in the outbox (<c>plan</c>, <c>send-now</c>).</summary>
    internal static async Task<(PlanningRun Run, int Reports)> PlanDayAsync(DateOnly day, CommandScope scope, CancellationToken cancellationToken)
    {
        var run = await scope.Get<PlanningService>().PlanAsync(day, record: true, null, cancellationToken).ConfigureAwait(false);
        var reports = await scope.Get<FollowUpMailer>().PlanAsync(day, cancellationToken).ConfigureAwait(false);
        return (run, reports);
    }
}
