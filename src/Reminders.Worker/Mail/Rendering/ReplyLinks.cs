using System.Text;
using Reminders.Core.Digests;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// The <c>mailto:</c> links of a digest row ("Reportar cumplimiento", "Reportar avance"): to the intake mailbox (or the
/// coordinator), with a subject holding the activity and its token and a body asking for the evidence.
/// </summary>
internal sealed class ReplyLinks
{
    private readonly byte[] _key;

    private ReplyLinks(string secret, string address)
    {
        _key = Encoding.UTF8.GetBytes(secret);
        Address = address;
    }

    /// <summary>Links signed with <paramref name="secret"/> to <paramref name="address"/>, or null when either is missing.</summary>
    public static ReplyLinks? For(string? secret, string? address) =>
        string.IsNullOrEmpty(secret) || string.IsNullOrWhiteSpace(address) ? null : new ReplyLinks(secret, address.Trim());

    public string Address { get; }

    /// <summary>
    /// A row's two links and the subject of its completion link. Both links carry the same token, computed once: an HMAC
    /// for each link and again for the subject was ~1 % of a country's first run (docs/benchmarks.md, round 13).
    /// </summary>
    public ReplyRow Row(Digest digest, DigestItem item, MailStrings text)
    {
        var number = item.Number.ToString();
        var token = ReplyToken.For(_key, digest.Entity, digest.Office.Id, item.ActivityId);
        var done = ReplyToken.Subject(ReplyKind.Completion, number, item.ActivityId, digest.Office.Id, token);
        var progress = ReplyToken.Subject(ReplyKind.Progress, number, item.ActivityId, digest.Office.Id, token);
        return new ReplyRow(
            Mailto(done, text.ReplyBody(false, number, item.Text)),
            Mailto(progress, text.ReplyBody(true, number, item.Text)),
            done);
    }

    private string Mailto(string subject, string body) =>
        $"mailto:{Address}?subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(body)}";
}
