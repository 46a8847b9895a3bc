namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// Reads a template from an administrator's folder when a file of that name is there, else from <paramref name="fallback"/>.
/// The folder is read on every call, so a dropped file takes effect without a restart.
/// </summary>
public sealed class OverridableTemplateSource(string directory, ITemplateSource fallback) : ITemplateSource
{
    public string Read(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.IndexOfAny(['/', '\\']) >= 0 || name.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{name}' no es un nombre de plantilla válido.", nameof(name));
        }

        var path = Path.Combine(directory, name);
        return File.Exists(path) ? File.ReadAllText(path) : fallback.Read(name);
    }
}
