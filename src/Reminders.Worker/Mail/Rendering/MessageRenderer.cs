using System.Text;
using MimeKit;
using Reminders.Core.Digests;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// Renders digests and escalations into MIME messages with the Liquid templates (<c>digest.es.html.liquid</c>…),
/// in the recipient's language: English when it is <c>en</c>, Spanish otherwise.
/// </summary>
public sealed class MessageRenderer
{
    private readonly RenderingOptions _options;
    private readonly MailTemplates _templates;

    /// <param name="templates">Where templates come from; by default the embedded ones, overridden by files in
    /// <see cref="RenderingOptions.TemplatesDirectory"/>.</param>
    public MessageRenderer(RenderingOptions options, ITemplateSource? templates = null)
    {
        ArgumentNullException.ThrowIfNull(options.From);
        _options = options;
        _templates = new MailTemplates(templates ?? DefaultSource(options.TemplatesDirectory));
    }

    /// <summary>The digest for one office; <paramref name="now"/> becomes the Date header (and the calendar's stamp).</summary>
    public MimeMessage Render(Digest digest, DateTimeOffset now)
    {
        var text = MailStrings.For(digest.Language);
        var entity = Entity(digest.Entity);
        var replyTo = ReplyTo(digest.ReplyTo);
        var view = DigestViewBuilder.View(digest, entity, text, ReplyLinks.For(_options.ReplySecret, replyTo?.Address));
        var body = new MailBody(
            Part("plain", $"digest.{text.Language}.txt.liquid", view),
            Part("html", $"digest.{text.Language}.html.liquid", view),
            _options.AttachCalendar ? DeadlineCalendar.Build(digest, entity, text, now, _options.From.Domain) : null);
        return MimeAssembler.Assemble(
            digest.Key, _options.From, replyTo, digest.To, digest.Cc, DigestViewBuilder.Subject(digest, entity, text), body, now);
    }

    /// <summary>The escalation for one supervisor; <paramref name="now"/> becomes the Date header.</summary>
    public MimeMessage Render(Escalation escalation, DateTimeOffset now)
    {
        var text = MailStrings.For(escalation.Language);
        var entity = Entity(escalation.Entity);
        var view = EscalationViewBuilder.View(escalation, entity, text);
        var body = new MailBody(
            Part("plain", $"escalation.{text.Language}.txt.liquid", view),
            Part("html", $"escalation.{text.Language}.html.liquid", view),
            Calendar: null);
        return MimeAssembler.Assemble(
            escalation.Key, _options.From, ReplyTo(escalation.ReplyTo), [escalation.Recipient], [], EscalationViewBuilder.Subject(escalation, entity, text), body, now);
    }

    /// <summary>
    /// Template <paramref name="template"/> rendered into this thread's builder and made a part from there: a message's
    /// texts become UTF-8 once, with no string of their own (docs/benchmarks.md, "Planning a country", round 14).
    /// </summary>
    private TextPart Part(string subtype, string template, object view)
    {
        var text = rendered ??= new StringBuilder(FirstChars);
        text.Clear(); // after a text that grew it, one array of the size it grew to
        _templates.RenderTo(template, view, text);
        var part = MimeAssembler.Text(subtype, text);
        if (text.Capacity > KeptChars)
        {
            // An unusually large text is let go rather than kept for the thread's life.
            rendered = null;
        }

        return part;
    }

    /// <summary>Room for nearly every HTML part before the builder grows (the bench's: ~10,000 characters at the median, one in ten over 29,000).</summary>
    private const int FirstChars = 32 * 1024;

    /// <summary>The most a thread keeps between messages (512 KB).</summary>
    private const int KeptChars = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? rendered;

    /// <summary>The intake mailbox when configured, else the entity's coordinator; null when neither is known.</summary>
    private MailboxAddress? ReplyTo(string? coordinator) =>
        _options.ReplyTo
        ?? (coordinator is not null && MailboxAddress.TryParse(coordinator, out var address) ? address : null);

    private string Entity(string entity) => string.IsNullOrWhiteSpace(entity) ? _options.EntityDisplayName : entity;

    private static ITemplateSource DefaultSource(string? directory) =>
        string.IsNullOrWhiteSpace(directory)
            ? new EmbeddedTemplateSource()
            : new OverridableTemplateSource(directory, new EmbeddedTemplateSource());
}
