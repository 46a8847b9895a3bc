using MimeKit;
using Reminders.Worker.Intake;

namespace Reminders.Worker.Tests.Intake;

public sealed class ReplyBodyTests
{
    [Fact]
    public void Links_and_the_note_are_read_from_the_replys_own_lines()
    {
        var body = ReplyBody.Parse("Publicamos el informe de gestión.\r\nhttps://ejemplo.gov.co/informe.pdf\r\nVer también <https://ejemplo.gov.co/acta>.\r\n");

        Assert.Equal(["https://ejemplo.gov.co/informe.pdf", "https://ejemplo.gov.co/acta"], body.Links);
        Assert.Equal("Publicamos el informe de gestión. Ver también", body.Note);
        Assert.Equal("https://ejemplo.gov.co/informe.pdf https://ejemplo.gov.co/acta — Publicamos el informe de gestión. Ver también", body.Evidence);
    }

    [Fact]
    public void Quoted_lines_are_ignored()
    {
        var body = ReplyBody.Parse("Listo.\n> https://citado.example/a\n>> Otra línea citada\n");

        Assert.Empty(body.Links);
        Assert.Equal("Listo.", body.Note);
    }

    [Fact]
    public void Everything_after_a_spanish_attribution_line_is_ignored()
    {
        var body = ReplyBody.Parse("https://ejemplo.gov.co/evidencia\n\nEl lun, 31 ene 2022 a las 7:00, PAAC <paac@ejemplo.gov.co> escribió:\nTexto sin comillas https://citado.example/b\n");

        Assert.Equal(["https://ejemplo.gov.co/evidencia"], body.Links);
        Assert.Equal("", body.Note);
    }

    [Fact]
    public void An_attribution_wrapped_over_two_lines_is_ignored_whole()
    {
        var body = ReplyBody.Parse("Hecho.\nEl lun, 31 ene 2022 a las 7:00, PAAC <\npaac@ejemplo.gov.co> escribió:\n> citado\n");

        Assert.Equal("Hecho.", body.Note);
    }

    [Fact]
    public void Everything_after_an_english_attribution_or_an_outlook_header_is_ignored()
    {
        var english = ReplyBody.Parse("Done.\nOn Mon, Jan 31, 2022 at 7:00 AM PAAC <paac@example.org> wrote:\nhttps://quoted.example\n");
        var outlook = ReplyBody.Parse("Hecho.\n\nDe: PAAC <paac@ejemplo.gov.co>\nEnviado: lunes, 31 de enero de 2022 7:00\nhttps://citado.example\n");
        var original = ReplyBody.Parse("Hecho.\n-----Mensaje original-----\nhttps://citado.example\n");

        Assert.Equal(("Done.", 0), (english.Note, english.Links.Count));
        Assert.Equal(("Hecho.", 0), (outlook.Note, outlook.Links.Count));
        Assert.Equal(("Hecho.", 0), (original.Note, original.Links.Count));
    }

    [Fact]
    public void The_signature_and_the_lines_of_the_link_template_are_not_evidence()
    {
        var body = ReplyBody.Parse(
            "Cumplimiento de la actividad 1.4: Publicar el informe\r\n\r\nEnlace a la evidencia (o una nota sobre lo realizado):\r\n\r\n"
            + "No cambie el asunto: identifica la actividad y su oficina.\r\n-- \r\nAna Pérez\r\nhttps://firma.example\r\n");

        Assert.True(body.IsEmpty);
    }

    [Fact]
    public void A_link_at_the_end_of_a_sentence_loses_the_final_stop()
    {
        var body = ReplyBody.Parse("Está en https://ejemplo.gov.co/informe.pdf.");

        Assert.Equal(["https://ejemplo.gov.co/informe.pdf"], body.Links);
        Assert.Equal("Está en", body.Note);
    }

    [Fact]
    public void An_html_only_reply_is_read_without_its_quoted_block_and_with_its_link_targets()
    {
        var message = new MimeMessage();
        message.Body = new TextPart("html")
        {
            Text = "<html><head><style>p{color:red}</style></head><body><div>Informe <a href=\"https://ejemplo.gov.co/i.pdf\">aquí</a></div>"
                + "<div class=\"gmail_quote\">El lun escribió:<blockquote>https://citado.example</blockquote></div></body></html>",
        };

        var body = ReplyBody.Of(message);

        Assert.Equal(["https://ejemplo.gov.co/i.pdf"], body.Links);
        Assert.Equal("Informe aquí", body.Note);
    }

    [Fact]
    public void A_very_long_note_is_cut()
    {
        var body = ReplyBody.Parse(new string('a', 5000));

        Assert.Equal(ReplyBody.MaxNoteLength, body.Note.Length);
        Assert.EndsWith("…", body.Note, StringComparison.Ordinal);
    }
}
