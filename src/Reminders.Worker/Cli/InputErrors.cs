using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary>The administrator's words for input a command cannot use: what, where and what to do (exit code 2).</summary>
internal static class InputErrors
{
    /// <summary>The message for an input failure, or null when <paramref name="exception"/> is not one.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        InvalidInputException invalid => invalid.Message,
        AliasTakenException taken => $"El alias «{taken.Alias}» ya pertenece a otra oficina; quítelo de allí o use otro nombre.",
        ActivityNotUniqueException { Matches.Count: 0 } none =>
            $"No hay ninguna actividad {none.Filter.Number}{Describe(none.Filter)}. Consulte «reminders activities list».",
        ActivityNotUniqueException several =>
            $"Hay {several.Matches.Count} actividades {several.Filter.Number}{Describe(several.Filter)}: "
            + string.Join(", ", several.Matches.Select(m => $"{m.Entity} {m.Year} componente {m.Component}"))
            + ". Indique cuál con --component, --year o --entity.",
        _ => null,
    };

    private static string Describe(ActivityFilter filter) =>
        (filter.Component is null ? "" : $" en el componente {filter.Component}")
        + (filter.Year is null ? "" : $" del plan {filter.Year}")
        + (filter.Entity is null ? "" : $" de «{filter.Entity}»");
}
