using System.CommandLine;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders outbox list|retry|runs</c>: every message recorded, its state, resending failed ones, and the record of planning runs.</summary>
public static class OutboxCommand
{
    public static Command Create() => Commands.Group("outbox", "Mensajes registrados: estado, errores y reenvío", List(), Retry(), Runs());

    private static Command Runs()
    {
        var last = new Option<int>("--last") { HelpName = "N", Description = "Cuántos registros mostrar (por defecto 50)", DefaultValueFactory = _ => 50 };
        var json = Commands.Json();
        var command = new Command("runs", "Registro de las corridas de planeación por entidad: planeada o fallida, con el motivo") { last, json };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var count = result.GetValue(last);
            if (count < 1)
            {
                throw new InvalidInputException($"--last: «{count}» no es válido; indique un número mayor que 0.");
            }

            var rows = await scope.Get<PlanningRunStore>().LatestAsync(count, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, rows);
                return ExitCodes.Success;
            }

            foreach (var row in rows)
            {
                var outcome = row.Outcome == PlanningRunStore.Failed ? "FALLIDA" : "planeada";
                Console.WriteLine($"{row.RunDate} {outcome,-8} {row.Entity}: {row.Messages} mensaje(s){(row.Error is null ? "" : $" — {row.Error}")}");
            }

            Console.WriteLine($"{rows.Count} registro(s).");
            return ExitCodes.Success;
        });
    }

    private static Command List()
    {
        var state = new Option<string?>("--state") { HelpName = "ESTADO", Description = "pending, sent, failed o superseded" };
        state.AcceptOnlyFromAmong([.. Enum.GetValues<OutboxState>().Select(StoredNames.Of)]);
        var json = Commands.Json();
        var command = new Command("list", "Lista los mensajes del outbox") { state, json };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var store = scope.Get<OutboxStore>();
            var wanted = result.GetValue(state) is { } stored ? StoredNames.Parse<OutboxState>(stored) : (OutboxState?)null;
            if (wanted == OutboxState.Superseded)
            {
                var keys = await store.SupersededAsync(cancellationToken).ConfigureAwait(false);
                if (result.GetValue(json))
                {
                    Json.Write(Console.Out, keys.Select(k => new { key = k.Key, runDate = k.RunDate, state = OutboxState.Superseded }));
                }
                else
                {
                    foreach (var (key, runDate) in keys)
                    {
                        Console.WriteLine($"{runDate} {key}");
                    }
                }

                return ExitCodes.Success;
            }

            var rows = await store.ListAsync(wanted, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, rows);
                return ExitCodes.Success;
            }

            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Id,5} {row.RunDate} {StoredNames.Of(row.State),-8} {StoredNames.Of(row.Kind),-10} {string.Join(", ", row.To)} — {row.Subject}");
                if (row.Error is not null)
                {
                    Console.WriteLine($"      error ({row.Attempts} intento(s)): {row.Error}");
                }

                if (row.Refused is not null)
                {
                    Console.WriteLine($"      rechazados: {row.Refused}");
                }
            }

            Console.WriteLine($"{rows.Count} mensaje(s).");
            return ExitCodes.Success;
        });
    }

    private static Command Retry()
    {
        var id = new Argument<long?>("id") { Description = "Id del mensaje fallido", Arity = ArgumentArity.ZeroOrOne };
        var failed = new Option<bool>("--failed") { Description = "Reintenta todos los mensajes fallidos" };
        var command = new Command("retry", "Vuelve a poner en cola mensajes fallidos") { id, failed };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var one = result.GetValue(id);
            if (one is null == !result.GetValue(failed))
            {
                throw new InvalidInputException("Indique el id de un mensaje o --failed (no ambos).");
            }

            var count = await scope.Get<OutboxStore>().RetryAsync(one, cancellationToken).ConfigureAwait(false);
            if (one is not null && count == 0)
            {
                throw new InvalidInputException($"El mensaje {one} no existe o no está fallido; consulte «reminders outbox list --state failed».");
            }

            Console.WriteLine($"{count} mensaje(s) en cola para reenvío; salen en la próxima entrega (o con «reminders send-now»).");
            return ExitCodes.Success;
        });
    }
}
