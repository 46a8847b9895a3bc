using MimeKit;
using Reminders.Core.Options;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Cli;

/// <summary>
/// The settings still holding the shipped example values (addresses at <c>ejemplo.gov.co</c> and the like, the example
/// entity): valid, so the service would run, but mail would go nowhere real. <c>check-config</c> warns about each.
/// </summary>
internal static class ExampleAddresses
{
    /// <summary>Domains used in the shipped configuration and the documentation, and the reserved example domains (RFC 2606).</summary>
    private static readonly string[] Domains = ["ejemplo.gov.co", "ejemplo.com", "ejemplo.org", "entidad.gov.co", "example.com", "example.org", "example.net"];

    public const string ExampleEntity = "Alcaldía de Ejemplo";

    public static bool IsExample(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || !MailboxAddress.TryParse(address, out var mailbox))
        {
            return false;
        }

        var at = mailbox.Address.LastIndexOf('@');
        var domain = at < 0 ? "" : mailbox.Address[(at + 1)..].ToLowerInvariant();
        return Domains.Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
    }

    /// <summary>One warning per setting that still holds an example value.</summary>
    public static IReadOnlyList<string> Warnings(RemindersOptions reminders, MailOptions mail)
    {
        var warnings = new List<string>();
        if (IsExample(mail.From))
        {
            warnings.Add($"Mail:From sigue siendo la dirección de ejemplo «{mail.From}»: ponga la dirección real desde la que envía la entidad.");
        }

        Add(warnings, "Reminders:Roles:Coordinator", reminders.Roles.Coordinator);
        Add(warnings, "Reminders:Roles:ControlInterno", reminders.Roles.ControlInterno);
        for (var i = 0; i < reminders.Escalation.Levels.Length; i++)
        {
            foreach (var entry in reminders.Escalation.Levels[i].Notify)
            {
                Add(warnings, $"Reminders:Escalation:Levels:{i}:Notify", entry);
            }
        }

        if (string.Equals(reminders.Entity.Trim(), ExampleEntity, StringComparison.OrdinalIgnoreCase))
        {
            warnings.Add($"Reminders:Entity sigue siendo «{ExampleEntity}»: ponga el nombre de la entidad, o use --entity en las órdenes.");
        }

        return warnings;
    }

    private static void Add(List<string> warnings, string setting, string? address)
    {
        if (IsExample(address))
        {
            warnings.Add($"{setting} sigue siendo la dirección de ejemplo «{address}»: ponga la dirección real (o «reminders entities set» por entidad).");
        }
    }
}
