using MimeKit;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class MessageRendererTests
{
    private static readonly MessageRenderer Renderer = new(MailSamples.Options());

    [Fact]
    public void A_digest_subject_counts_overdue_and_due_soon_items_for_the_office()
    {
        var message = Renderer.Render(MailSamples.Digest(), MailSamples.Now);

        Assert.Equal("[PAAC 2022] 1 vencida, 3 próximas, 1 permanente — Oficina Comunicaciones (Alcaldía de Ejemplo)", message.Subject);
    }

    [Fact]
    public void A_digest_lists_overdue_then_due_soon_then_ongoing_with_days_and_dates()
    {
        var message = Renderer.Render(MailSamples.Digest(), MailSamples.Now);

        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            AssertInOrder(body, "Vencidas (1)", "31 de enero de 2022", "vencida hace 3 días",
                "Próximas a vencer (3)", "vence hoy", "vence mañana", "vence en 7 días",
                "Permanentes (1)", "30 de abril de 2022", "servicio de recordatorios del PAAC de Alcaldía de Ejemplo");
            Assert.Contains("Oficina Asesora de Planeación, Secretaría General", body, StringComparison.Ordinal);
            Assert.Contains("PAAC 2022", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_English_office_gets_its_digest_in_English()
    {
        var message = Renderer.Render(MailSamples.Digest(language: "en"), MailSamples.Now);

        Assert.Equal("[PAAC 2022] 1 overdue, 3 due soon, 1 ongoing — Oficina Comunicaciones (Alcaldía de Ejemplo)", message.Subject);
        foreach (var body in new[] { message.TextBody, message.HtmlBody })
        {
            AssertInOrder(body, "January 31, 2022", "3 days overdue", "due today", "due tomorrow", "due in 7 days",
                "April 30, 2022", "automatic message from the PAAC reminder service");
            Assert.DoesNotContain("Vencidas", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Text_from_the_plan_is_escaped_in_html_and_verbatim_in_plain_text()
    {
        var message = Renderer.Render(MailSamples.Digest(), MailSamples.Now);

        Assert.DoesNotContain(MailSamples.Script, message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; de Planeación &amp; anexos", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"{MailSamples.Script} de Planeación & anexos", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_id_derives_from_the_message_key()
    {
        var first = Renderer.Render(MailSamples.Digest(key: "a"), MailSamples.Now);
        var again = Renderer.Render(MailSamples.Digest(key: "a"), MailSamples.Now.AddHours(1));
        var other = Renderer.Render(MailSamples.Digest(key: "b"), MailSamples.Now);

        Assert.Equal(MessageIds.FromKey("a", "ejemplo.gov.co"), first.MessageId);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.NotEqual(first.MessageId, other.MessageId);
        // SHA-256("a") = ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb: an opaque id, not the key.
        Assert.Equal("ca978112ca1bbdcafac231b39a23dc4d", first.Headers[MailHeaders.Key]);
    }

    [Fact]
    public void The_message_parses_back_as_utf8_multipart_alternative_with_the_headers_set()
    {
        var parsed = RoundTrip(new MessageRenderer(MailSamples.Options(attachCalendar: false)).Render(MailSamples.Digest(), MailSamples.Now));

        var alternative = Assert.IsType<MultipartAlternative>(parsed.Body);
        Assert.Equal(2, alternative.Count);
        var plain = Assert.IsType<TextPart>(alternative[0]);
        var html = Assert.IsType<TextPart>(alternative[1]);
        Assert.True(plain.IsPlain);
        Assert.True(html.IsHtml);
        foreach (var part in new[] { plain, html })
        {
            Assert.Equal("utf-8", part.ContentType.Charset, ignoreCase: true);
            Assert.Equal(ContentEncoding.EightBit, part.ContentTransferEncoding);
            Assert.Contains("Planeación", part.Text, StringComparison.Ordinal);
            Assert.Contains("31 de enero de 2022", part.Text, StringComparison.Ordinal);
        }

        Assert.Equal("[PAAC 2022] 1 vencida, 3 próximas, 1 permanente — Oficina Comunicaciones (Alcaldía de Ejemplo)", parsed.Subject);
        Assert.Equal(MailSamples.Now, parsed.Date);
        Assert.Equal(MessageIds.FromKey("digest|7|2022-02-03", "ejemplo.gov.co"), parsed.MessageId);
        Assert.Equal("paac@ejemplo.gov.co", parsed.From.Mailboxes.Single().Address);
        Assert.Equal(["comunicaciones@ejemplo.gov.co", "prensa@ejemplo.gov.co"], parsed.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["control.interno@ejemplo.gov.co"], parsed.Cc.Mailboxes.Select(m => m.Address));
    }

    [Fact]
    public void The_calendar_attachment_holds_each_due_date_as_an_all_day_event()
    {
        var parsed = RoundTrip(Renderer.Render(MailSamples.Digest(), MailSamples.Now));

        var mixed = Assert.IsType<Multipart>(parsed.Body);
        Assert.Equal("mixed", mixed.ContentType.MediaSubtype);
        Assert.IsType<MultipartAlternative>(mixed[0]);
        var ics = Assert.IsType<TextPart>(Assert.Single(parsed.Attachments));
        Assert.Equal("plazos.ics", ics.FileName);
        Assert.True(ics.ContentType.IsMimeType("text", "calendar"));

        var events = Ical.Net.Calendar.Load(ics.Text)!.Events.ToList();
        Assert.Equal(
            [new DateOnly(2022, 2, 3), new DateOnly(2022, 2, 4), new DateOnly(2022, 2, 10), new DateOnly(2022, 4, 30)],
            events.Select(e => DateOnly.FromDateTime(e.DtStart!.Value)).Order());
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));
        Assert.Equal(4, events.Select(e => e.Uid).Distinct().Count());
        Assert.Contains(events, e => e.Summary == "[PAAC 2022] 3.1 corte: Responder las peticiones de la rendición de cuentas");
    }

    [Fact]
    public void The_calendar_lines_end_in_crlf_after_a_round_trip()
    {
        using var stream = new MemoryStream();
        Renderer.Render(MailSamples.Digest(), MailSamples.Now).WriteTo(stream, TestContext.Current.CancellationToken);
        stream.Position = 0;
        var parsed = MimeMessage.Load(stream, TestContext.Current.CancellationToken);

        var part = (TextPart)parsed.Attachments.Single();
        using var raw = new MemoryStream();
        part.Content!.DecodeTo(raw, TestContext.Current.CancellationToken);
        var text = System.Text.Encoding.UTF8.GetString(raw.ToArray());
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length - 1, text.Split("\r\n").Length - 1);
    }

    [Fact]
    public void Calendar_event_ids_are_stable_across_renders()
    {
        static IEnumerable<string?> Uids(MimeMessage m) =>
            Ical.Net.Calendar.Load(((TextPart)m.Attachments.Single()).Text)!.Events.Select(e => e.Uid).Order();

        var first = Renderer.Render(MailSamples.Digest(key: "a"), MailSamples.Now);
        var later = Renderer.Render(MailSamples.Digest(key: "b"), MailSamples.Now.AddDays(1));

        Assert.Equal(Uids(first), Uids(later));
    }

    [Fact]
    public void No_calendar_is_attached_when_the_option_is_off()
    {
        var message = new MessageRenderer(MailSamples.Options(attachCalendar: false)).Render(MailSamples.Digest(), MailSamples.Now);

        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Empty(message.Attachments);
    }

    [Fact]
    public void No_calendar_is_attached_when_no_date_is_ahead()
    {
        var digest = MailSamples.Digest();
        digest = digest with { Items = [.. digest.Items.Where(i => i.Section == Reminders.Core.Digests.DigestSection.Overdue)] };

        var message = Renderer.Render(digest, MailSamples.Now);

        Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal("[PAAC 2022] 1 vencida — Oficina Comunicaciones (Alcaldía de Ejemplo)", message.Subject);
    }

    [Fact]
    public void A_template_in_the_templates_directory_overrides_the_embedded_one()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("digest.es.txt.liquid"), "PERSONALIZADA {{ office }} {{ overdue_count }}");

        var message = new MessageRenderer(MailSamples.Options(templates: folder.Path)).Render(MailSamples.Digest(), MailSamples.Now);

        Assert.Equal("PERSONALIZADA Oficina Comunicaciones 1", message.TextBody);
        Assert.Contains("Vencidas (1)", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unaddressed_digest_says_so_and_tells_how_to_add_the_address()
    {
        var message = Renderer.Render(MailSamples.Digest(unaddressed: true), MailSamples.Now);

        Assert.StartsWith("[sin destinatario] [PAAC 2022]", message.Subject, StringComparison.Ordinal);
        Assert.Contains("SIN DESTINATARIO", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("reminders offices set \"Oficina Comunicaciones\" --email", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("sin destinatario", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("reminders offices set &quot;Oficina Comunicaciones&quot; --email", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escalation_says_whose_activities_are_late_since_when_and_at_which_level()
    {
        var message = Renderer.Render(MailSamples.Escalation(), MailSamples.Now);

        Assert.Equal("[PAAC 2022] Escalamiento: 2 actividades vencidas de Oficina Comunicaciones (Alcaldía de Ejemplo)", message.Subject);
        Assert.Equal(["jefe.comunicaciones@ejemplo.gov.co"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(MessageIds.FromKey("escalation|jefe|2022-02-03", "ejemplo.gov.co"), message.MessageId);
        Assert.Empty(message.Attachments);
        AssertInOrder(message.TextBody, "Como jefe de Oficina Comunicaciones, le pedimos que su equipo cumpla estas actividades",
            "1.5", "Oficina Comunicaciones", "14 de enero de 2022", "20 días", "Escalamiento: vencida hace 10 días hábiles o más",
            "1.4", "Oficina Comunicaciones, Oficina Asesora de Planeación", "31 de enero de 2022", "3 días", "Escalamiento: vencida hace 3 días hábiles o más");
        Assert.DoesNotContain("Nivel de escalamiento", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Usted recibe este mensaje como", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(MailSamples.Script, message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_escalation_is_in_English()
    {
        var message = Renderer.Render(MailSamples.Escalation(language: "en"), MailSamples.Now);

        Assert.Equal("[PAAC 2022] Escalation: 2 overdue activities of Oficina Comunicaciones (Alcaldía de Ejemplo)", message.Subject);
        AssertInOrder(message.HtmlBody, "As head of Oficina Comunicaciones", "January 14, 2022", "20 days", "10 business days overdue or more", "January 31, 2022");
    }

    [Fact]
    public void An_invalid_address_stops_the_message_with_a_clear_error()
    {
        var digest = MailSamples.Digest() with { To = ["no es una dirección"] };

        var error = Assert.Throws<FormatException>(() => Renderer.Render(digest, MailSamples.Now));

        Assert.Contains("no es una dirección", error.Message, StringComparison.Ordinal);
    }

    private static MimeMessage RoundTrip(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        stream.Position = 0;
        return new MimeParser(stream, MimeFormat.Entity).ParseMessage();
    }

    private static void AssertInOrder(string? text, params string[] parts)
    {
        Assert.NotNull(text);
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.OrdinalIgnoreCase);
            Assert.True(found >= 0, $"'{part}' not found after position {at} in:\n{text}");
            at = found + part.Length;
        }
    }
}
