using System.Reflection;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>The templates shipped in the worker assembly (<c>Mail/Templates/*.liquid</c>).</summary>
public sealed class EmbeddedTemplateSource : ITemplateSource
{
    private const string Prefix = "templates/";

    private static readonly Assembly Assembly = typeof(EmbeddedTemplateSource).Assembly;

    public string Read(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"No hay una plantilla de correo incorporada llamada '{name}'.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
