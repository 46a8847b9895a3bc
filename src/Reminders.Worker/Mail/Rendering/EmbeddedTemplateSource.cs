using System.Collections.Concurrent;
using System.Reflection;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>The templates shipped in the worker assembly (<c>Mail/Templates/*.liquid</c>).</summary>
public sealed class EmbeddedTemplateSource : ITemplateSource
{
    private const string Prefix = "templates/";

    private static readonly Assembly Assembly = typeof(EmbeddedTemplateSource).Assembly;

    /// <summary>The shipped templates never change: each is read from the assembly once, not once per message rendered.</summary>
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>The file names of the shipped templates (<c>digest.es.html.liquid</c> …): the names an override may take.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Select(n => n[Prefix.Length..]).Order(StringComparer.Ordinal)];

    public string Read(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return Texts.GetOrAdd(name, ReadResource);
    }

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"No hay una plantilla de correo incorporada llamada '{name}'.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
