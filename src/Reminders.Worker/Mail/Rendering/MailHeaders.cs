using MimeKit;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>The headers that mark every message of the worker as automated mail (RFC 3834, RFC 2919).</summary>
public static class MailHeaders
{
    /// <summary>An opaque id of the outbox key the message was composed for (a hash; no names).</summary>
    public const string Key = "X-Reminders-Key";

    /// <summary>
    /// Sets Message-ID on the sender's domain, the opaque key, <c>Auto-Submitted: auto-generated</c> (RFC 3834: stops
    /// out-of-office replies and loops), <c>X-Auto-Response-Suppress: All</c> (the same for Exchange), <c>List-Id</c>
    /// (lets readers filter the reminders) and <c>Reply-To</c> when there is an address that answers.
    /// </summary>
    public static void Apply(MimeMessage message, string key, MailboxAddress from, MailboxAddress? replyTo)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var domain = from.Domain;
        var opaque = MessageIds.OpaqueKey(key); // the Message-ID's local part: hashed once for both headers
        message.MessageId = MessageIds.OnDomain(opaque, domain);
        message.Headers.Add(Key, opaque);
        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add("X-Auto-Response-Suppress", "All");
        message.Headers.Add(HeaderId.ListId, ListId(domain));
        if (replyTo is not null)
        {
            message.ReplyTo.Add(replyTo.Clone()); // a copy: the list subscribes to the address (see MimeAssembler)
        }
    }

    /// <summary><c>Recordatorios PAAC &lt;recordatorios-paac.ejemplo.gov.co&gt;</c>.</summary>
    public static string ListId(string domain) => $"Recordatorios PAAC <recordatorios-paac.{domain.ToLowerInvariant()}>";
}
