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
        var asOf = new Option<string?>("--as-of") { HelpName = "FECHA", Description = "Fecha de la corrida (por defecto hoy)" };
        var command = new Command("plan", "Planea la corrida de una fecha y deja los mensajes en el outbox, sin entregarlos") { asOf };
        command.SetAction((result, cancellationToken) => CommandRunner.RunAsync(result, async scope =>
        {
            var day = CliDates.ParseOptional(result.GetValue(asOf), "--as-of") ?? scope.Today();
            var run = await scope.Get<PlanningService>().PlanAsync(day, record: true, null, cancellationToken).ConfigureAwait(false);
            var reports = await scope.Get<FollowUpMailer>().PlanAsync(day, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(RunSummary.Planned(day, run, reports) + "quedan en el outbox hasta la próxima entrega («reminders deliver»).");
            EntityFailures.Write(run.Failures);
            return run.Failures.Count > 0 ? ExitCodes.Failure : ExitCodes.Success;
        }));
        return command;
    }
}
