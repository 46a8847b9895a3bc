using Reminders.Core.Digests;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

/// <summary>What a digest reader sees first: the summary line, countdowns, and only the columns that hold something.</summary>
public class DigestLayoutTests
{
    private static readonly MessageRenderer Renderer = new(MailSamples.Options(attachCalendar: false));

    [Fact]
    public void A_digest_opens_with_one_line_that_counts_each_section_with_its_most_urgent_countdown()
    {
        var message = Renderer.Render(MailSamples.Digest(), MailSamples.Now);

        // Run date 3 Feb 2022; first due-soon item due that day; the ongoing duty's cut-off is 30 Apr 2022, 86 days later.
        const string summary = "1 vencida · 3 próximas, la primera vence hoy · 1 permanente, corte en 86 días";
        Assert.Contains(summary, message.HtmlBody, StringComparison.Ordinal);
        Assert.StartsWith("PLAN ANTICORRUPCIÓN", message.TextBody, StringComparison.Ordinal);
        Assert.True(message.TextBody!.IndexOf(summary, StringComparison.Ordinal) < message.TextBody.IndexOf("VENCIDAS", StringComparison.Ordinal));
        Assert.True(message.HtmlBody!.IndexOf(summary, StringComparison.Ordinal) < message.HtmlBody.IndexOf("Vencidas (1)", StringComparison.Ordinal));
    }

    [Fact]
    public void An_ongoing_duty_shows_a_countdown_to_its_next_cut_off()
    {
        var message = Renderer.Render(MailSamples.Digest(), MailSamples.Now);

        Assert.Contains("Próximo corte: 30 de abril de 2022 (corte en 86 días)", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(">corte en 86 días</span>", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_co_responsible_column_appears_only_in_sections_where_some_row_has_co_responsible_offices()
    {
        var message = Renderer.Render(MailSamples.Digest(), MailSamples.Now);

        // Only the overdue row has co-responsible offices: one header cell and one data cell, no "—" placeholders.
        Assert.Equal(1, Count(message.HtmlBody!, ">Corresponsables</th>"));
        Assert.Equal(1, Count(message.HtmlBody!, "data-label=\"Corresponsables\""));
    }

    [Fact]
    public void The_office_is_named_once_and_offices_not_activities_report_progress()
    {
        var message = Renderer.Render(MailSamples.Digest(), MailSamples.Now);

        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            Assert.DoesNotContain("Oficina: ", body, StringComparison.Ordinal);
            Assert.DoesNotContain("actividades permanentes deben", body, StringComparison.Ordinal);
            Assert.Contains("Cada oficina responsable de una actividad permanente reporta su avance", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_escalation_to_the_coordinator_names_the_offices_and_asks_for_follow_up()
    {
        var escalation = MailSamples.Escalation() with { Role = "Coordinator", Recipient = MailSamples.Coordinator };
        escalation = escalation with { Office = null };

        var message = Renderer.Render(escalation, MailSamples.Now);

        Assert.Equal("[PAAC 2022] Escalamiento: 2 actividades vencidas de 2 oficinas (Alcaldía de Ejemplo)", message.Subject);
        Assert.Contains("Como coordinador del PAAC, le pedimos que contacte a las oficinas responsables", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escalation_to_control_interno_says_what_it_is_for()
    {
        var escalation = MailSamples.Escalation() with { Role = "ControlInterno", Recipient = "control.interno@ejemplo.gov.co", Office = null };

        var message = Renderer.Render(escalation, MailSamples.Now);

        Assert.Contains("Para el seguimiento que hace Control Interno", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("como Control Interno", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_digest_with_only_ongoing_duties_counts_them_in_the_subject()
    {
        var digest = MailSamples.Digest();
        digest = digest with { Items = [.. digest.Items.Where(i => i.Section == DigestSection.Ongoing)] };

        Assert.Equal("[PAAC 2022] 1 permanente — Oficina Comunicaciones (Alcaldía de Ejemplo)", Renderer.Render(digest, MailSamples.Now).Subject);
    }

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
