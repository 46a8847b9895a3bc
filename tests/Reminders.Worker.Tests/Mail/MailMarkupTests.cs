using Reminders.Core.Digests;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

/// <summary>
/// What each row of the HTML costs: a country's first run renders ~100,000 messages of dozens of rows, so markup repeated
/// on every cell (the same inline style five times a row) was most of every message's bytes and of the CPU spent writing,
/// encoding and compressing them (docs/benchmarks.md, "Planning a country", round 5).
/// </summary>
public class MailMarkupTests
{
    /// <summary>Markup a row may add beyond its own text: the cells, the data labels the phone layout shows, one badge.</summary>
    private const int MarkupPerRow = 420;

    private const int ExtraRows = 40;

    private static readonly MessageRenderer Renderer = new(MailSamples.Options(attachCalendar: false));

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void A_digest_row_adds_little_markup_beyond_its_own_text(string language)
    {
        var digest = MailSamples.Digest(language);
        var row = digest.Items[0];
        var longer = digest with { Items = [.. digest.Items, .. Enumerable.Repeat(row, ExtraRows)] };

        var perRow = (Html(longer) - Html(digest)) / ExtraRows;

        var text = row.Text.Length + row.Component.Length + row.Product.Length + "vence mañana".Length + "4 de febrero de 2022".Length;
        Assert.True(perRow - text <= MarkupPerRow, $"a digest row takes {perRow} characters for {text} of text");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void An_escalation_row_adds_little_markup_beyond_its_own_text(string language)
    {
        var escalation = MailSamples.Escalation(language);
        var row = escalation.Items[1];
        var longer = escalation with { Items = [.. escalation.Items, .. Enumerable.Repeat(row, ExtraRows)] };

        var perRow = (Html(longer) - Html(escalation)) / ExtraRows;

        var text = row.Text.Length + row.Component.Length + row.Offices.Sum(o => o.Length) + "14 de enero de 2022".Length + 40;
        Assert.True(perRow - text <= MarkupPerRow, $"an escalation row takes {perRow} characters for {text} of text");
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void Activity_tables_keep_their_cell_padding_where_a_client_ignores_the_style_block(string language)
    {
        var digest = Renderer.Render(MailSamples.Digest(language), MailSamples.Now).HtmlBody!;
        var escalation = Renderer.Render(MailSamples.Escalation(language), MailSamples.Now).HtmlBody!;

        foreach (var html in new[] { digest, escalation })
        {
            Assert.Contains("<table class=\"items\" width=\"100%\" cellpadding=\"8\"", html, StringComparison.Ordinal);
            Assert.Contains(".items td { border-bottom: 1px solid #e5e7eb; }", html, StringComparison.Ordinal);
            Assert.Contains("<td nowrap><strong>", html, StringComparison.Ordinal);
        }
    }

    private static int Html(Digest digest) => Renderer.Render(digest, MailSamples.Now).HtmlBody!.Length;

    private static int Html(Escalation escalation) => Renderer.Render(escalation, MailSamples.Now).HtmlBody!.Length;
}
