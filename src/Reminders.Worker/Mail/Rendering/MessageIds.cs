using System.Security.Cryptography;
using System.Text;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>Stable Message-IDs derived from a message key, so a re-sent message keeps its identity.</summary>
public static class MessageIds
{
    /// <summary>
    /// The Message-ID for <paramref name="key"/> on the sender's <paramref name="domain"/>: the first 32 lower-case hex
    /// digits of SHA-256(key), <c>@</c>, the domain. Returned without angle brackets, as
    /// <see cref="MimeKit.MimeMessage.MessageId"/> holds it. A Message-ID on the sender's own domain is what spam
    /// filters expect of legitimate mail.
    /// </summary>
    public static string FromKey(string key, string domain)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return OnDomain(Hash(key), domain);
    }

    /// <summary>The Message-ID whose local part is <paramref name="opaqueKey"/> (<see cref="OpaqueKey"/> of the message's key).</summary>
    internal static string OnDomain(string opaqueKey, string domain)
    {
        ArgumentException.ThrowIfNullOrEmpty(domain);
        return $"{opaqueKey}@{domain.ToLowerInvariant()}";
    }

    /// <summary>The opaque id a message carries in <see cref="MailHeaders.Key"/>: the Message-ID's local part, no entity or office names.</summary>
    public static string OpaqueKey(string key) => Hash(key);

    /// <summary>
    /// A Message-ID for a copy of a message written for review (<c>reminders preview --out</c>), distinct from the one the
    /// real message will carry so that a mail client that opened the copy does not treat the real one as a duplicate.
    /// </summary>
    public static string ForPreview(string key, string domain) => FromKey("preview|" + key, domain);

    /// <summary>The first 32 lower-case hex digits of SHA-256 of <paramref name="text"/> (UTF-8).</summary>
    internal static string Hash(string text)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }
}
