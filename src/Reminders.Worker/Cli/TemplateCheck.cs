using Reminders.Worker.Configuration;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Cli;

/// <summary>
/// <c>check-config</c>'s look at the administrator's own mail templates (<c>Mail:TemplatesDirectory</c>): each file that
/// replaces a shipped template must be valid Liquid, and a file whose name matches none is used by nothing (a typo in
/// its name would otherwise go unnoticed until the mail looked unchanged).
/// </summary>
internal static class TemplateCheck
{
    public static bool Run(MailOptions mail, AppPaths paths, Checklist checklist)
    {
        if (string.IsNullOrWhiteSpace(mail.TemplatesDirectory))
        {
            checklist.Pass("Plantillas de correo: las incorporadas (Mail:TemplatesDirectory vacío).");
            return true;
        }

        var folder = paths.Resolve(mail.TemplatesDirectory);
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.liquid").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count == 0)
        {
            checklist.Pass($"Plantillas de correo: las incorporadas (no hay archivos .liquid en {folder}).");
            return true;
        }

        var valid = true;
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            if (!EmbeddedTemplateSource.Names.Contains(name, StringComparer.Ordinal))
            {
                checklist.Warn($"Plantilla {file}: su nombre no es el de ninguna plantilla ({string.Join(", ", EmbeddedTemplateSource.Names)}), "
                    + "así que no se usa; renómbrela con uno de esos nombres.");
            }
            else if (MailTemplates.Problem(File.ReadAllText(file)) is { } problem)
            {
                checklist.Fail($"Plantilla {file} (Mail:TemplatesDirectory): no es Liquid válido: {problem}. Corríjala o quítela "
                    + "para volver a la incorporada.");
                valid = false;
            }
            else
            {
                checklist.Pass($"Plantilla propia {file}: Liquid válido; reemplaza a la incorporada.");
            }
        }

        return valid;
    }
}
