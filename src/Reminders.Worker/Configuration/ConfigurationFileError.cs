using System.Text.Json;

namespace Reminders.Worker.Configuration;

/// <summary>
/// A configuration file that cannot be read as configuration (appsettings.json edited by hand: a missing comma or quote,
/// a key written twice): the file, the line and the column, in the administrator's words. The JSON provider reports it
/// as «Failed to load configuration from file …», which names neither the line nor what to do.
/// </summary>
internal static class ConfigurationFileError
{
    /// <summary>Where the reader's message starts giving its own position.</summary>
    private static readonly string[] PositionMarkers = [" Path: ", " LineNumber: "];

    /// <summary>The report line for <paramref name="exception"/>, or null when it is not a configuration file's.</summary>
    public static string? Describe(Exception exception)
    {
        if (exception is not InvalidDataException { InnerException: { } cause } loading || File(loading.Message) is not { } file)
        {
            return null;
        }

        // The provider wraps the reader's JsonException (a syntax error, with its position) in a FormatException of its own;
        // a key written twice is a FormatException alone.
        var chain = Chain(cause).ToList();
        if (chain.OfType<JsonException>().FirstOrDefault() is { LineNumber: { } line } json)
        {
            return $"{file} no es JSON válido: línea {line + 1}, columna {(json.BytePositionInLine ?? 0) + 1} "
                + $"(revise la coma, las comillas o la llave que falta antes de ese punto). Detalle: {FirstSentence(json.Message)}";
        }

        if (chain.OfType<FormatException>().LastOrDefault() is { } format)
        {
            return $"{file} no se puede leer como configuración: {format.Message} Cada clave debe aparecer una sola vez "
                + "por sección y el archivo debe ser un objeto JSON ({ … }).";
        }

        return $"{file} no se puede leer como configuración: {cause.Message}";
    }

    /// <summary>The file named in the provider's «Failed to load configuration from file 'PATH'.», or null.</summary>
    private static string? File(string message)
    {
        const string Prefix = "Failed to load configuration from file '";
        var start = message.IndexOf(Prefix, StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.LastIndexOf('\'');
        return end > start + Prefix.Length ? message[(start + Prefix.Length)..end] : null;
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            yield return inner;
        }
    }

    /// <summary>The reader's explanation without its own zero-based position (already given above, counted from one).</summary>
    private static string FirstSentence(string message)
    {
        var ends = PositionMarkers.Select(m => message.IndexOf(m, StringComparison.Ordinal)).Where(i => i >= 0).ToList();
        return ends.Count == 0 ? message : message[..ends.Min()];
    }
}
