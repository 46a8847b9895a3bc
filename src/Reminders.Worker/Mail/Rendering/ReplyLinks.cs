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
    /// A row's two links and the subject of its completion link. Both links carry the same token, computed once; it was
    /// computed for each link and again for the subject (docs/benchmarks.md, "Planning a country", round 13).
    /// </summary>
    public ReplyRow Row(Digest digest, DigestItem item, MailStrings text)
    {
        var number = item.Number.ToString();
        var token = ReplyToken.For(_key, digest.Entity, digest.Office.Id, item.ActivityId);
        var done = ReplyToken.Subject(ReplyKind.Completion, number, item.ActivityId, digest.Office.Id, token);
        var progress = ReplyToken.Subject(ReplyKind.Progress, number, item.ActivityId, digest.Office.Id, token);
        var activity = Quoted(item.Text);
        return new ReplyRow(
            Mailto(done, text.ReplyBody(false, number, activity)),
            Mailto(progress, text.ReplyBody(true, number, activity)),
            done);
    }

    /// <summary>The most of an activity's text a link's body quotes (<see cref="Quoted"/>).</summary>
    internal const int QuotedLength = 100;

    /// <summary>
    /// The activity's text as a link's body quotes it: whole up to <see cref="QuotedLength"/> characters, else cut at the
    /// last space before that (at that length when no space falls in its second half, never inside a character) and ended
    /// with "…". The subject already names the activity; the quote only reminds the
    /// reader. Quoted whole, a long description made a link of thousands of characters, longer than some mail clients
    /// open, and its line of HTML longer than the 998 octets SMTP allows, so every digest with links went as
    /// quoted-printable (docs/mail.md, "Reply links").
    /// </summary>
    internal static string Quoted(string activity)
    {
        if (activity.Length <= QuotedLength)
        {
            return activity;
        }

        var cut = activity.LastIndexOf(' ', QuotedLength);
        if (cut < QuotedLength / 2)
        {
            cut = char.IsHighSurrogate(activity[QuotedLength - 1]) ? QuotedLength - 1 : QuotedLength;
        }

        return string.Concat(activity.AsSpan(0, cut).TrimEnd(), "…");
    }

    private string Mailto(string subject, string body) =>
        $"mailto:{Address}?subject={Uri.EscapeDataString(subject)}&body={Uri.EscapeDataString(body)}";
}
