using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// Parses and renders the Liquid mail templates. In HTML templates every <c>{{ }}</c> output is HTML-encoded
/// (letters such as "ó" stay as they are); in text templates nothing is encoded.
/// Model members are exposed in snake case: <c>DueSoonCount</c> is <c>{{ due_soon_count }}</c>.
/// </summary>
internal sealed class MailTemplates
{
    private static readonly FluidParser Parser = new();
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ITemplateSource _source;
    private readonly TemplateOptions _options;
    // By name, with the text it was parsed from: a template file changed on disk is parsed again, and the usual case (the same
    // string as last time) costs one reference comparison instead of hashing the whole text on every message.
    private readonly ConcurrentDictionary<string, (string Text, IFluidTemplate Template)> _parsed = new(StringComparer.Ordinal);

    public MailTemplates(ITemplateSource source)
    {
        _source = source;
        _options = CreateOptions();
    }

    /// <summary>
    /// Snake-case member names, and the views registered on Fluid's own member access: the models are handed over as
    /// <see cref="ViewValue{T}"/>s (<see cref="AsValue"/>), and a view that reaches Fluid as a plain object still reads
    /// the same. The tests render the plain models through these options as the reference for <see cref="ViewValue{T}"/>.
    /// </summary>
    internal static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        options.MemberAccessStrategy.Register<DigestView>();
        options.MemberAccessStrategy.Register<DigestRowView>();
        options.MemberAccessStrategy.Register<MissingEscalationView>();
        options.MemberAccessStrategy.Register<DigestSectionView>();
        options.MemberAccessStrategy.Register<EscalationView>();
        options.MemberAccessStrategy.Register<EscalationRowView>();
        return options;
    }

    /// <summary>HTML-encodes every output of a template whose name ends in <c>.html.liquid</c>; nothing otherwise.</summary>
    internal static TextEncoder EncoderFor(string name) =>
        name.EndsWith(".html.liquid", StringComparison.OrdinalIgnoreCase) ? Html : NullEncoder.Default;

    /// <summary>Renders template <paramref name="name"/> with <paramref name="model"/>; HTML-encodes when the name ends in <c>.html.liquid</c>.</summary>
    public string Render(string name, object model)
    {
        var text = new StringBuilder();
        RenderTo(name, model, text);
        return text.ToString();
    }

    /// <summary>
    /// <see cref="Render"/> appended to <paramref name="text"/>: a message's parts are rendered into one builder a thread,
    /// reused, and encoded from there (<see cref="CrlfTextPart"/>) without a string a part (docs/benchmarks.md, "Planning a country", round 14).
    /// </summary>
    public void RenderTo(string name, object model, StringBuilder text)
    {
        var source = _source.Read(name);
        if (!_parsed.TryGetValue(name, out var parsed) || !string.Equals(parsed.Text, source, StringComparison.Ordinal))
        {
            parsed = (source, Parse(name, source));
            _parsed[name] = parsed;
        }

        var context = new TemplateContext(AsValue(model), _options);
        using var writer = new StringWriter(text, CultureInfo.InvariantCulture);
        var rendering = parsed.Template.RenderAsync(writer, context, EncoderFor(name));
        if (!rendering.IsCompletedSuccessfully)
        {
            // Every statement and writer here completes at once; this only waits out a template that does not.
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The two mail models as <see cref="ViewValue{T}"/>: their members and rows read through one table a type.</summary>
    private static object AsValue(object model) => model switch
    {
        DigestView digest => new ViewValue<DigestView>(digest),
        EscalationView escalation => new ViewValue<EscalationView>(escalation),
        _ => model,
    };

    /// <summary>Why <paramref name="text"/> is not valid Liquid (where, in one line), or null when it is.</summary>
    public static string? Problem(string text) =>
        Parser.TryParse(text, out _, out var error) ? null : FirstLine(error);

    /// <summary>Fluid's message without the source lines it quotes after the first.</summary>
    private static string FirstLine(string error) => error.Split('\n')[0].Trim();

    private static IFluidTemplate Parse(string name, string text) =>
        Parser.TryParse(text, out var template, out var error)
            ? template
            : throw new MailTemplateException($"La plantilla de correo '{name}' (Mail:TemplatesDirectory) no es Liquid válido: "
                + $"{FirstLine(error)}. Corríjala o quítela para volver a la incorporada (compruebe con «reminders check-config»).");
}
