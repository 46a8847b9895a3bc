using System.CommandLine;
using Reminders.Core.Plans;
using Reminders.Core.Reports;
using Reminders.Worker.Data;
using Reminders.Worker.Reports;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders activities list|done|cancel|progress|history</c>.</summary>
public static class ActivitiesCommand
{
    public static Command Create() => Commands.Group(
        "activities",
        "Actividades del plan: consultar, marcar cumplidas o canceladas, registrar avances",
        List(),
        SetState("done", "Marca una actividad como cumplida", ActivityState.Done),
        SetState("cancel", "Marca una actividad como cancelada", ActivityState.Cancelled),
        Progress(),
        History());

    private static Command History()
    {
        var (number, component, year, entity) = TargetOptions();
        var json = Commands.Json();
        var command = new Command("history", "Muestra quién cambió una actividad, qué, cuándo y desde dónde") { number, component, year, entity, json };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var filter = Filter(result, number, component, year, entity);
            var (row, changes) = await scope.Get<ActivityStore>().HistoryAsync(filter, scope.Today(), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, changes);
                return ExitCodes.Success;
            }

            Console.WriteLine($"Actividad {row.Component} {row.Number} de {row.Entity} ({row.Year}): {PlanClosing.Describe(row)}.");
            foreach (var change in changes)
            {
                Console.WriteLine($"{change.ChangedAt}  {change.Change} {change.Detail}; por {change.Actor}, desde {change.Source}.");
            }

            Console.WriteLine(changes.Count == 0 ? "Sin cambios registrados." : $"{changes.Count} cambio(s).");
            return ExitCodes.Success;
        });
    }

    private static Command List()
    {
        var entity = Commands.Entity("Solo esta entidad");
        var year = new Option<int?>("--year") { HelpName = "AÑO", Description = "Solo esta vigencia" };
        var office = new Option<string?>("--office") { HelpName = "OFICINA", Description = "Solo las actividades de esta oficina" };
        var state = new Option<string?>("--state") { HelpName = "ESTADO", Description = "open, done, cancelled, overdue o not-done (no cumplida al cierre)" };
        state.AcceptOnlyFromAmong("open", "done", "cancelled", "overdue", "not-done");
        var asOf = new Option<string?>("--as-of") { HelpName = "FECHA", Description = "Fecha de referencia para «overdue» (por defecto hoy)" };
        var json = Commands.Json();
        var command = new Command("list", "Lista las actividades con su estado") { entity, year, office, state, asOf, json };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var day = result.DayOf(asOf, scope);
            var filter = new ActivityFilter(result.GetValue(entity), result.GetValue(year), Office: result.GetValue(office));
            if (filter.Office is not null)
            {
                await KnownOffice.RequireAsync(scope, filter.Office, filter.Entity, cancellationToken).ConfigureAwait(false);
            }

            var wanted = result.GetValue(state);
            var closing = scope.Get<FollowUpCalendar>();
            var rows = (await scope.Get<ActivityStore>().ListAsync(filter, null, day, cancellationToken).ConfigureAwait(false))
                .Select(r => PlanClosing.Apply(r, closing, day))
                .Where(r => wanted is null || r.State == wanted)
                .ToList();
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, rows);
                return ExitCodes.Success;
            }

            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Component} {row.Number,-5} {row.Due ?? "PERMANENTE",-10} {PlanClosing.Describe(row),-9} {string.Join(" - ", row.Offices)}");
                Console.WriteLine($"      {Shorten(row.Text, 110)}");
                if (Plan(row) is { Length: > 0 } plan)
                {
                    Console.WriteLine($"      {plan}");
                }
            }

            Console.WriteLine($"{rows.Count} actividad(es).");
            return ExitCodes.Success;
        });
    }

    private static Command SetState(string name, string description, ActivityState target)
    {
        var (number, component, year, entity) = TargetOptions();
        var on = new Option<string?>("--on") { HelpName = "FECHA", Description = "Fecha (por defecto hoy)" };
        var evidence = new Option<string?>("--evidence") { HelpName = "EVIDENCIA", Description = "Evidencia: enlace o texto" };
        var command = new Command(name, description) { number, component, year, entity, on, evidence };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var filter = Filter(result, number, component, year, entity);
            var day = CliDates.ParseOptional(result.GetValue(on), "--on") ?? scope.Today();
            var row = await scope.Get<ActivityStore>().SetStateAsync(filter, target, day, result.GetValue(evidence), cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Actividad {row.Component} {row.Number} de {row.Entity} ({row.Year}): {(target == ActivityState.Done ? "cumplida" : "cancelada")} el {row.CompletedOn}.");
            return ExitCodes.Success;
        });
    }

    private static Command Progress()
    {
        var (number, component, year, entity) = TargetOptions();
        var note = new Option<string>("--note") { HelpName = "TEXTO", Description = "Descripción del avance", Required = true };
        var evidence = new Option<string?>("--evidence") { HelpName = "EVIDENCIA", Description = "Evidencia: enlace o texto" };
        var on = new Option<string?>("--on") { HelpName = "FECHA", Description = "Fecha del avance (por defecto hoy)" };
        var command = new Command("progress", "Registra un avance (p. ej. de una actividad permanente)") { number, component, year, entity, note, evidence, on };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var text = result.GetRequiredValue(note).Trim();
            if (text.Length == 0)
            {
                throw new InvalidInputException("--note está vacío; describa el avance.");
            }

            var filter = Filter(result, number, component, year, entity);
            var day = CliDates.ParseOptional(result.GetValue(on), "--on") ?? scope.Today();
            var row = await scope.Get<ActivityStore>().AddProgressAsync(filter, day, text, result.GetValue(evidence), cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Avance registrado para {row.Component} {row.Number} de {row.Entity} ({row.Year}) el {day:yyyy-MM-dd}.");
            return ExitCodes.Success;
        });
    }

    private static (Argument<string> Number, Option<string?> Component, Option<int?> Year, Option<string?> Entity) TargetOptions() => (
        new Argument<string>("número") { Description = "Número de la actividad, p. ej. 1.4 o 1,4" },
        new Option<string?>("--component") { HelpName = "COMPONENTE", Description = "Componente (p. ej. III) cuando el número se repite" },
        new Option<int?>("--year") { HelpName = "AÑO", Description = "Vigencia, cuando hay varias" },
        Commands.Entity("Entidad, cuando hay varias"));

    private static ActivityFilter Filter(ParseResult result, Argument<string> number, Option<string?> component, Option<int?> year, Option<string?> entity)
    {
        var text = result.GetRequiredValue(number);
        return ActivityNumber.TryParse(text, out var parsed)
            ? new ActivityFilter(result.GetValue(entity), result.GetValue(year), result.GetValue(component), parsed.ToString())
            : throw new InvalidInputException($"«{text}» no es un número de actividad; escriba por ejemplo 1.4 o 1,4.");
    }

    /// <summary>What the plan says besides the due date: <c>inicio: 2023-02-01; cuatrimestres: 1, 2</c>, or empty.</summary>
    private static string Plan(ActivityListRow row)
    {
        var parts = new List<string>();
        if (row.Start is { } start)
        {
            parts.Add($"inicio: {start}");
        }

        if (row.Periods is { Count: > 0 } periods)
        {
            parts.Add($"cuatrimestres: {string.Join(", ", periods)}");
        }

        return string.Join("; ", parts);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
