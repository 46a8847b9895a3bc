using System.CommandLine;
using Reminders.Core.Plans;
using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary><c>reminders offices list|set|import</c>: the office directory.</summary>
public static class OfficesCommand
{
    public static Command Create() => Commands.Group("offices", "Directorio de oficinas: nombres, alias, correos, jefe e idioma", List(), Set(), OfficesImportCommand.Create());

    internal static OfficeJson ToJson(Office office) =>
        new(office.Entity, office.Name, office.Aliases, office.Emails, office.HeadEmail, office.Language);

    private static Command List()
    {
        var entity = Commands.Entity("Solo las oficinas de esta entidad");
        var json = Commands.Json();
        var command = new Command("list", "Lista las oficinas y sus correos") { entity, json };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var offices = await scope.Get<OfficeStore>().ListAsync(result.GetValue(entity), cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                Json.Write(Console.Out, offices.Select(ToJson).ToList());
                return ExitCodes.Success;
            }

            foreach (var office in offices)
            {
                var emails = office.Emails.Count == 0 ? "(sin correo)" : string.Join(", ", office.Emails);
                Console.WriteLine($"{office.Name} [{office.Language}] — {emails}{(office.HeadEmail is null ? "" : $"; jefe: {office.HeadEmail}")}");
                if (office.Aliases.Count > 0)
                {
                    Console.WriteLine($"    alias: {string.Join("; ", office.Aliases)}");
                }
            }

            return ExitCodes.Success;
        });
    }

    private static Command Set()
    {
        var name = new Argument<string>("nombre") { Description = "Nombre de la oficina (o uno de sus alias)" };
        var entity = Commands.Entity();
        var email = new Option<string?>("--email") { HelpName = "CORREOS", Description = "Correos de la oficina, separados por coma" };
        var head = new Option<string?>("--head") { HelpName = "CORREO", Description = "Correo del jefe de la oficina" };
        var alias = new Option<string[]>("--alias") { HelpName = "NOMBRE", Description = "Otro nombre con que aparece en los planes (repetible)", AllowMultipleArgumentsPerToken = false };
        var language = new Option<string?>("--language") { HelpName = "es|en", Description = "Idioma de sus correos: es o en" };
        language.AcceptOnlyFromAmong("es", "en");
        var isNew = new Option<bool>("--new") { Description = "La oficina es nueva: créela aunque ningún plan de la entidad la nombre" };
        var command = new Command("set", "Modifica una oficina (o la crea, con --new)") { name, entity, email, head, alias, language, isNew };
        return command.RunsInScope(async (result, scope, cancellationToken) =>
        {
            var officeName = RecordNames.Require(result.GetRequiredValue(name), "El nombre de la oficina");
            if (officeName.Length == 0)
            {
                throw new InvalidInputException("El nombre de la oficina está vacío.");
            }

            var change = new OfficeChange(
                officeName,
                result.GetValue(email) is { } emails ? EmailInput.ParseList(emails, "--email") : null,
                result.GetValue(head) is { } h ? EmailInput.Require(h, "--head") : null,
                result.GetValue(alias)?.Select(a => RecordNames.Require(a, "El alias")).ToArray(),
                result.GetValue(language));
            var entityName = await scope.EntityAsync(result.GetValue(entity), cancellationToken).ConfigureAwait(false);
            var store = scope.Get<OfficeStore>();
            if (!result.GetValue(isNew))
            {
                var known = await store.ListAsync(entityName, cancellationToken).ConfigureAwait(false);
                if (!known.Any(o => o.IsNamed(officeName)))
                {
                    throw new InvalidInputException(
                        $"Ningún plan de «{entityName}» nombra la oficina «{officeName}»."
                        + ClosestNames.Suggestion(officeName, known.SelectMany(o => o.Aliases.Prepend(o.Name)))
                        + " Si es una oficina nueva, repita la orden con --new.");
                }
            }

            var saved = await store.SetAsync(entityName, [change], cancellationToken).ConfigureAwait(false);
            var office = saved.Single();
            Console.WriteLine($"Oficina «{office.Name}»: {(office.Emails.Count == 0 ? "sin correo" : string.Join(", ", office.Emails))}.");
            return ExitCodes.Success;
        });
    }
}
