using System.CommandLine;
using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders entities list|set</c>: per-entity coordinator and Control Interno addresses.</summary>
public static class EntitiesCommand
{
    public static Command Create() => Commands.Group("entities", "Entidades y sus correos de coordinación PAAC y Control Interno", List(), Set());

    private static Command List()
    {
        var json = Commands.Json();
        var command = new Command("list", "Lista las entidades") { json };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var entities = await scope.Get<EntityStore>().ListAsync(cancellationToken).ConfigureAwait(false);
            var rows = entities.Select(e =>
            {
                var roles = e.RolesOr(scope.Reminders.Roles);
                return new EntityJson(e.Name, roles.Coordinator, roles.ControlInterno, e.Coordinator is null, e.ControlInterno is null);
            }).ToList();
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, rows);
                return ExitCodes.Success;
            }

            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Name}: coordinador {row.Coordinator ?? "(sin correo)"}{(row.CoordinatorFromDefaults ? " (por defecto)" : "")}; "
                    + $"Control Interno {row.ControlInterno ?? "(sin correo)"}{(row.ControlInternoFromDefaults ? " (por defecto)" : "")}");
            }

            return ExitCodes.Success;
        });
    }

    private static Command Set()
    {
        var name = new Argument<string>("entidad") { Description = "Nombre de la entidad" };
        var coordinator = new Option<string?>("--coordinator") { HelpName = "CORREO", Description = "Correo del coordinador del PAAC (planeación)" };
        var control = new Option<string?>("--control-interno") { HelpName = "CORREO", Description = "Correo de Control Interno" };
        var isNew = new Option<bool>("--new") { Description = "La entidad es nueva: créela aunque no tenga planes todavía" };
        var command = new Command("set", "Fija los correos de coordinación y Control Interno de una entidad") { name, coordinator, control, isNew };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var c = result.GetValue(coordinator) is { } a ? EmailInput.Require(a, "--coordinator") : null;
            var ci = result.GetValue(control) is { } b ? EmailInput.Require(b, "--control-interno") : null;
            if (c is null && ci is null)
            {
                throw new InvalidInputException("Indique --coordinator, --control-interno o ambos.");
            }

            var entityName = result.GetRequiredValue(name).Trim();
            var store = scope.Get<EntityStore>();
            if (!result.GetValue(isNew) && await store.FindAsync(entityName, cancellationToken).ConfigureAwait(false) is null)
            {
                var known = await store.ListAsync(cancellationToken).ConfigureAwait(false);
                throw new InvalidInputException(
                    $"No hay ninguna entidad llamada «{entityName}»."
                    + ClosestNames.Suggestion(entityName, known.Select(e => e.Name))
                    + " Si es una entidad nueva, repita la orden con --new (o importe primero su plan).");
            }

            var row = await store.SetRolesAsync(entityName, c, ci, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{row.Name}: coordinador {row.Coordinator ?? "(por defecto)"}; Control Interno {row.ControlInterno ?? "(por defecto)"}.");
            return ExitCodes.Success;
        });
    }
}
