using System.Security.Cryptography;
using System.Text;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>Stable Message-IDs derived from a message key, so a re-sent message keeps its identity.</summary>
public static class MessageIds
{
    public const string Domain = "reminders.paac";

    /// <summary>
    /// The Message-ID for <paramref name="key"/>: the first 32 lower-case hex digits of SHA-256(key), <c>@reminders.paac</c>.
    /// Returned without angle brackets, as <see cref="MimeKit.MimeMessage.MessageId"/> holds it; the header reads
    /// <c>&lt;…@reminders.paac&gt;</c>.
    /// </summary>
    public static string FromKey(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return $"{Hash(key)}@{Domain}";
    }

    /// <summary>The first 32 lower-case hex digits of SHA-256 of <paramref name="text"/> (UTF-8).</summary>
    internal static string Hash(string text)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }
}
