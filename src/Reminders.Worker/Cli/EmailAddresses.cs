using MimeKit;

namespace Reminders.Worker.Cli;

/// <summary>Validates the e-mail addresses an administrator types or imports.</summary>
public static class EmailAddresses
{
    public static bool IsValid(string? address)
    {
        if (string.IsNullOrWhiteSpace(address) || address.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (!MailboxAddress.TryParse(address, out var mailbox) || mailbox.Address != address.Trim())
        {
            return false;
        }

        var at = mailbox.Address.LastIndexOf('@');
        var domain = at > 0 ? mailbox.Address[(at + 1)..] : "";
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
    }

    /// <summary>Splits a list typed as <c>a@x.gov.co,b@x.gov.co</c> (commas, semicolons or spaces) and validates each.</summary>
    public static IReadOnlyList<string> ParseList(string value, string what)
    {
        var addresses = value.Split([',', ';', ' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var address in addresses)
        {
            Require(address, what);
        }

        return addresses.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static string Require(string address, string what) => IsValid(address)
        ? address.Trim()
        : throw new InvalidInputException($"{what}: «{address}» no es una dirección de correo válida (ejemplo: planeacion@alcaldia.gov.co).");
}
