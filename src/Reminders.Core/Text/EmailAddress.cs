using System.Net.Mail;

namespace Reminders.Core.Text;

/// <summary>
/// The one rule for an e-mail address (docs/rules.md §11), whoever checks it: the options, the office directory,
/// the command line and the mail itself. A plain <c>user@host</c>, no spaces, no display name, and a host with a
/// dot inside it: <c>planeacion@alcaldia.gov.co</c>.
/// </summary>
public static class EmailAddress
{
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (!MailAddress.TryCreate(text, out var address) || !string.IsNullOrEmpty(address.DisplayName) || address.Address != text)
        {
            return false;
        }

        var host = address.Host;
        return host.Contains('.', StringComparison.Ordinal) && !host.StartsWith('.') && !host.EndsWith('.');
    }

    /// <summary>Splits a list typed as <c>a@x.gov.co,b@x.gov.co</c> (commas, semicolons, spaces or <c>|</c>), without checking it.</summary>
    public static IReadOnlyList<string> Split(string list) =>
        list.Split([',', ';', ' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>What the administrator reads when <paramref name="address"/>, given as <paramref name="what"/>, breaks the rule.</summary>
    public static string Refusal(string what, string address) =>
        $"{what}: «{address}» no es una dirección de correo válida (ejemplo: planeacion@alcaldia.gov.co).";
}
