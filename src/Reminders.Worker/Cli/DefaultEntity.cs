using Reminders.Core.Plans;

namespace Reminders.Worker.Cli;

/// <summary>
/// Which entity a command without <c>--entity</c> is about (README, «La entidad por defecto»):
/// the only entity in the database; with none yet, <c>Reminders:Entity</c>; with several, the one
/// <c>Reminders:Entity</c> names — otherwise the command is refused and the entities listed.
/// </summary>
internal static class DefaultEntity
{
    public static string Choose(string? option, IReadOnlyList<string> existing, string? configured)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return option.Trim();
        }

        if (existing.Count == 1)
        {
            return existing[0];
        }

        if (existing.Count == 0)
        {
            return string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidInputException("Falta la entidad: use --entity \"Alcaldía de …\" o configure Reminders:Entity en appsettings.json.")
                : configured.Trim();
        }

        var key = OfficeNames.Normalize(configured);
        var named = existing.FirstOrDefault(e => OfficeNames.Normalize(e) == key);
        return named ?? throw new InvalidInputException(
            $"La base de datos tiene {existing.Count} entidades ({string.Join("; ", existing.Select(e => $"«{e}»"))}) y no se indicó cuál: "
            + "use --entity \"…\" (o ponga una de ellas en Reminders:Entity).");
    }
}
