using System.Net.Mail;

namespace Reminders.Core.Text;

/// <summary>Checks plain email addresses (<c>user@host</c>, no display name).</summary>
public static class EmailAddress
{
    public static bool IsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() != text)
        {
            return false;
        }

        return MailAddress.TryCreate(text, out var address)
            && string.IsNullOrEmpty(address.DisplayName)
            && address.Address == text
            && address.Host.Contains('.', StringComparison.Ordinal);
    }
}
