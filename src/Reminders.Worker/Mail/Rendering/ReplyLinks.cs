using Reminders.Core.Digests;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// The <c>mailto:</c> links of a digest row ("Reportar cumplimiento", "Reportar avance"): to the intake mailbox (or the
/// coordinator), with a subject holding the activity and its token and a body asking for the evidence.
/// </summary>
internal sealed class ReplyLinks(string secret, string address)
{
    /// <summary>Links signed with <paramref name="secret"/> to <paramref name="address"/>, or null when either is missing.</summary>
    public static ReplyLinks? For(string? secret, string? address) =>
        string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(address) ? null : new ReplyLinks(secret, address.Trim());

    public string Address => address;

    public string Subject(ReplyKind kind, Digest digest, DigestItem item) =>
        ReplyToken.Subject(kind, item.Number.ToString(), item.ActivityId, digest.Office.Id,
            ReplyToken.For(secret, digest.Entity, digest.Office.Id, item.ActivityId));

    public string Mailto(ReplyKind kind, Digest digest, DigestItem item, MailStrings text) =>
        $"mailto:{address}?subject={Uri.EscapeDataString(Subject(kind, digest, item))}"
        + $"&body={Uri.EscapeDataString(text.ReplyBody(kind == ReplyKind.Progress, item.Number.ToString(), item.Text))}";
}
