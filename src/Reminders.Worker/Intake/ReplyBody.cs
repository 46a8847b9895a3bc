using System.Text.RegularExpressions;
using MimeKit;

namespace Reminders.Worker.Intake;

/// <summary>
/// What a reply says in its own words: the evidence links and the note, without the quoted message below it (lines
/// starting with <c>&gt;</c>, "El … escribió:" / "On … wrote:" blocks, Outlook's "De: … Enviado:" header, "-----Mensaje
/// original-----"), the signature after "-- ", and the lines of the template the reply link wrote.
/// </summary>
public sealed partial record ReplyBody(IReadOnlyList<string> Links, string Note)
{
    /// <summary>The longest note kept; a longer one is cut (the message itself stays in the processed folder).</summary>
    public const int MaxNoteLength = 2000;

    private static readonly string[] TemplateLines =
    [
        "Cumplimiento de la actividad", "Avance de la actividad", "Enlace a la evidencia", "No cambie el asunto",
        "Completion of activity", "Progress on activity", "Link to the evidence", "Do not change the subject",
    ];

    public bool IsEmpty => Links.Count == 0 && Note.Length == 0;

    /// <summary>The evidence to record: the links, then the note after a dash; the note alone when there is no link.</summary>
    public string Evidence => Links.Count == 0 ? Note : string.Join(" ", Links) + (Note.Length == 0 ? "" : " — " + Note);

    /// <summary>Reads the plain-text part, or the HTML part as text when the message has no plain one.</summary>
    public static ReplyBody Of(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.TextBody;
        if (text is null && message.HtmlBody is { } html)
        {
            text = HtmlReplyText.Convert(html);
        }

        return Parse(text ?? "");
    }

    public static ReplyBody Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var own = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (StartsQuote(lines, i))
            {
                // An attribution wrapped over two lines ("El lun, 31 ene 2022, PAAC <" / "paac@x> escribió:").
                if (own.Count > 0 && Attribution().IsMatch(lines[i].TrimEnd()) && !Opening().IsMatch(line) && Opening().IsMatch(own[^1]))
                {
                    own.RemoveAt(own.Count - 1);
                }

                break;
            }

            if (line.StartsWith('>') || TemplateLines.Any(t => line.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            own.Add(line);
        }

        var links = new List<string>();
        var note = new List<string>();
        foreach (var line in own.Where(l => l.Length > 0))
        {
            var found = Link().Matches(line).Select(m => m.Value.TrimEnd('.', ',', ';', ':', ')', ']', '}', '>', '»')).ToList();
            links.AddRange(found.Where(l => !links.Contains(l, StringComparer.Ordinal)));
            var rest = Link().Replace(line, "").Trim(' ', '<', '>', '«', '»', '(', ')', '-', ':', '.');
            if (rest.Length > 0)
            {
                note.Add(found.Count == 0 ? line : rest);
            }
        }

        var joined = Spaces().Replace(string.Join(" ", note), " ").Trim();
        return new ReplyBody(links, joined.Length <= MaxNoteLength ? joined : string.Concat(joined.AsSpan(0, MaxNoteLength - 1), "…"));
    }

    private static bool StartsQuote(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (line == "--" || lines[i] == "-- " || Original().IsMatch(line) || Attribution().IsMatch(line))
        {
            return true;
        }

        // Outlook: "De: …" / "From: …" followed by "Enviado: …" / "Sent: …" / "Fecha: …" / "Date: …".
        return HeaderFrom().IsMatch(line) && i + 1 < lines.Length && HeaderNext().IsMatch(lines[i + 1].Trim());
    }

    [GeneratedRegex(@"(escribió|wrote)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Attribution();

    [GeneratedRegex(@"^(El|On)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^-{2,}\s*(Mensaje original|Original Message|Forwarded message|Mensaje reenviado)\s*-{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Original();

    [GeneratedRegex(@"^\*?(De|From)\s*:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(Enviado|Sent|Fecha|Date|Enviado el)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex HeaderNext();

    [GeneratedRegex(@"https?://[^\s<>""«»]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Link();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Spaces();
}
