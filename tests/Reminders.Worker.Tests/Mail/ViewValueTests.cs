using System.Globalization;
using System.Reflection;
using System.Text;
using Fluid;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

/// <summary>
/// The views read through <see cref="ViewValue{T}"/> must give templates exactly what Fluid's own member access gave them:
/// each case renders the same Liquid both ways, the reference with the views registered on Fluid's default strategy.
/// </summary>
public class ViewValueTests
{
    private static readonly Type[] Views =
        [typeof(DigestView), typeof(DigestSectionView), typeof(DigestRowView), typeof(MissingEscalationView), typeof(EscalationView), typeof(EscalationRowView)];

    public static TheoryData<string> Templates => [.. EmbeddedTemplateSource.Names];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_shipped_template_renders_the_same_as_with_Fluid_member_access(string name)
    {
        var text = new EmbeddedTemplateSource().Read(name);

        foreach (var model in Models(name))
        {
            Assert.Equal(Reference(text, model, name), Rendered(text, model, name));
        }
    }

    [Theory]
    [InlineData(typeof(DigestView))]
    [InlineData(typeof(EscalationView))]
    public void Every_member_of_every_view_reads_the_same_as_with_Fluid_member_access(Type root)
    {
        // Every property, at every depth, by its snake-case name; lists walked row by row.
        var text = Members(root, "m", depth: 0);
        Assert.Contains("{{", text, StringComparison.Ordinal);

        foreach (var model in Models(root == typeof(DigestView) ? "digest.es.html.liquid" : "escalation.es.html.liquid"))
        {
            Assert.Equal(Reference(text, model, "x.html.liquid"), Rendered(text, model, "x.html.liquid"));
        }
    }

    [Theory]
    [InlineData("{{ overdue | size }}|{{ due_soon.size }}|{{ due_soon.first.number }}|{{ due_soon.last.activity }}|{{ sections[0].rows[0].status }}")]
    [InlineData("{{ due_soon | map: 'number' | join: ',' }}|{{ due_soon | sort: 'due' | map: 'number' | join: ',' }}|{{ sections | where: 'kind', 'ongoing' | size }}")]
    [InlineData("{{ nada }}|{{ due_soon.first.nada }}|{{ due_soon_count | plus: 1 }}|{% if unaddressed %}sí{% else %}no{% endif %}|{{ year | minus: 1 }}")]
    [InlineData("{{ due_soon.first }}|{{ sections.first }}|{% for s in sections %}{{ forloop.index }}:{{ s.kind }}={{ s.count }};{% endfor %}|{{ entity | upcase }}")]
    [InlineData("{% assign r = due_soon[1] %}{{ r.countdown }}|{% if due_soon.first.co_responsible == '' %}vacío{% endif %}|{{ DueSoonCount }}|{{ missing | size }}")]
    public void Filters_indexes_and_missing_members_read_the_same_as_with_Fluid_member_access(string text)
    {
        foreach (var model in Models("digest.es.html.liquid"))
        {
            Assert.Equal(Reference(text, model, "x.txt.liquid"), Rendered(text, model, "x.txt.liquid"));
        }
    }

    [Fact]
    public async Task An_unknown_member_is_nil_and_a_known_one_is_not()
    {
        var value = new ViewValue<EscalationRowView>(new EscalationRowView("1.2", "C", "A", "O", "1 de enero de 2022", 3, "3 días", 2));
        var context = new TemplateContext();

        Assert.True((await value.GetValueAsync("nada", context)).IsNil());
        Assert.Equal("1.2", (await value.GetValueAsync("number", context)).ToStringValue());
        Assert.Equal(3m, (await value.GetValueAsync("days_late", context)).ToNumberValue());
        Assert.Contains("level_text", ViewValue<EscalationRowView>.Names);
    }

    private static IEnumerable<object> Models(string template)
    {
        var language = template.Contains(".en.", StringComparison.Ordinal) ? "en" : "es";
        var text = MailStrings.For(language);
        if (template.StartsWith("digest", StringComparison.Ordinal))
        {
            yield return DigestViewBuilder.View(MailSamples.Digest(language), MailSamples.Entity, text, null);
            yield return DigestViewBuilder.View(MailSamples.Digest(language, unaddressed: true), MailSamples.Entity, text,
                ReplyLinks.For("secreto-de-prueba-0123456789", "respuestas@ejemplo.gov.co"));
        }
        else
        {
            yield return EscalationViewBuilder.View(MailSamples.Escalation(language), MailSamples.Entity, text);
        }
    }

    private static string Rendered(string text, object model, string name) =>
        new MailTemplates(new FixedSource(text)).Render(name, model);

    /// <summary>What Fluid renders with the plain model read through its default member access, as the renderer did before.</summary>
    private static string Reference(string text, object model, string name) =>
        new FluidParser().Parse(text).Render(new TemplateContext(model, MailTemplates.CreateOptions()), MailTemplates.EncoderFor(name));

    private static string Members(Type type, string path, int depth)
    {
        var text = new StringBuilder();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = MemberNameStrategies.SnakeCase(property);
            var member = depth == 0 ? name : $"{path}.{name}";
            var item = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : null;
            if (item is not null && Views.Contains(item))
            {
                var row = $"r{depth}";
                text.Append(CultureInfo.InvariantCulture, $"{{% for {row} in {member} %}}[{Members(item, row, depth + 1)}]{{% endfor %}}");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"{name}={{{{ {member} }}}};");
            }
        }

        return text.ToString();
    }

    private sealed class FixedSource(string text) : ITemplateSource
    {
        public string Read(string name) => text;
    }
}
