using Reminders.Core.Text;

namespace Reminders.Worker.Cli;

/// <summary>Addresses an administrator types or imports, checked by the one e-mail rule; a bad one stops the command (exit code 2).</summary>
public static class EmailInput
{
    /// <summary>Splits a typed list (<see cref="EmailAddress.Split"/>) and validates each.</summary>
    public static IReadOnlyList<string> ParseList(string value, string what)
    {
        var addresses = EmailAddress.Split(value);
        foreach (var address in addresses)
        {
            Require(address, what);
        }

        return addresses.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static string Require(string address, string what) => EmailAddress.IsValid(address)
        ? address.Trim()
        : throw new InvalidInputException(EmailAddress.Refusal(what, address));
}
