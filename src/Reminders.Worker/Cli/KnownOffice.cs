using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary>An <c>--office</c> option must name an office of the directory (by name or alias), or the command is refused.</summary>
internal static class KnownOffice
{
    /// <summary>Throws <see cref="InvalidInputException"/> (exit 2) with the closest names when no office of <paramref name="entity"/> (any, when null) is called <paramref name="name"/>.</summary>
    public static async Task RequireAsync(CommandScope scope, string name, string? entity, CancellationToken cancellationToken)
    {
        var offices = await scope.Get<OfficeStore>().ListAsync(entity, cancellationToken).ConfigureAwait(false);
        if (!offices.Any(o => o.IsNamed(name)))
        {
            throw new InvalidInputException(
                $"--office: no hay ninguna oficina llamada «{name}»{(entity is null ? "" : $" en «{entity}»")}."
                + ClosestNames.Suggestion(name, offices.SelectMany(o => o.Aliases.Prepend(o.Name)))
                + " Consulte «reminders offices list».");
        }
    }
}
