using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

/// <summary>The "Reportar cumplimiento" and "Reportar avance" links of a digest.</summary>
public class ReplyLinksTests
{
    private const string Secret = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void Each_row_links_to_the_coordinator_with_its_token_when_no_intake_mailbox_is_configured()
    {
        var message = new MessageRenderer(MailSamples.Options() with { ReplySecret = Secret }).Render(MailSamples.Digest(), MailSamples.Now);

        // Activity 30 (1.4) of office 7: token hand-computed in ReplyTokenTests.
        Assert.Contains(
            "href=\"mailto:coordinacion.paac@ejemplo.gov.co?subject=Cumplimiento%201.4%20%5Bpaac%3A30-7-2818d7a020c570494946720f%5D&amp;body=Cumplimiento%20de%20la%20actividad%201.4",
            message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("subject=Avance%201.4%20%5Bpaac%3A30-7-2818d7a020c570494946720f%5D", message.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(5, Count(message.HtmlBody!, ">Reportar cumplimiento</a>"));
        Assert.Equal(5, Count(message.HtmlBody!, ">Reportar avance</a>"));
        Assert.Contains("escriba a coordinacion.paac@ejemplo.gov.co con el asunto «Cumplimiento 1.4 [paac:30-7-2818d7a020c570494946720f]»",
            message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("informe a la coordinación del plan", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void The_links_write_to_the_intake_mailbox_when_one_is_configured()
    {
        var options = MailSamples.Options() with { ReplySecret = Secret, ReplyTo = new MimeKit.MailboxAddress("", "respuestas@ejemplo.gov.co") };

        var message = new MessageRenderer(options).Render(MailSamples.Digest(), MailSamples.Now);

        Assert.Contains("href=\"mailto:respuestas@ejemplo.gov.co?subject=", message.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("mailto:coordinacion", message.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_secret_the_mail_carries_no_links_and_says_to_tell_the_coordination()
    {
        var message = new MessageRenderer(MailSamples.Options()).Render(MailSamples.Digest(), MailSamples.Now);

        Assert.DoesNotContain("mailto:", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("informe a la coordinación del plan", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_quotes_the_activity_whole_up_to_100_characters_and_cut_at_a_space_after()
    {
        var hundred = new string('a', 95) + " bcde";
        Assert.Equal(hundred, ReplyLinks.Quoted(hundred));
        Assert.Equal(new string('a', 95) + "…", ReplyLinks.Quoted(hundred + "f más texto"));
        Assert.Equal(
            "Publicar el informe de gestión y la rendición de cuentas de la entidad en la página web, sección…",
            ReplyLinks.Quoted("Publicar el informe de gestión y la rendición de cuentas de la entidad en la página web, sección transparencia y datos abiertos"));
        // With no space in its second half, the text is cut at 100 characters.
        Assert.Equal("Publicar " + new string('x', 91) + "…", ReplyLinks.Quoted("Publicar " + new string('x', 120)));
        Assert.Equal(new string('x', 100) + "…", ReplyLinks.Quoted(new string('x', 150)));
        // A character outside the basic plane is never cut in two.
        var emoji = new string('x', 99) + "😀" + new string('x', 10);
        Assert.Equal(new string('x', 99) + "…", ReplyLinks.Quoted(emoji));
    }

    [Fact]
    public void A_long_activity_is_quoted_shortened_in_both_links()
    {
        var digest = MailSamples.Digest();
        digest = digest with { Items = [.. digest.Items.Select(i => i with { Text = "Actividad " + new string('x', 300) })] };

        var message = new MessageRenderer(MailSamples.Options() with { ReplySecret = Secret }).Render(digest, MailSamples.Now);

        var link = message.HtmlBody!.Split("mailto:")[1].Split('"')[0];
        Assert.Contains(Uri.EscapeDataString("Actividad " + new string('x', 90) + "…"), link, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 91), link, StringComparison.Ordinal);
        Assert.Contains(new string('x', 300), message.HtmlBody, StringComparison.Ordinal); // the row itself shows it whole
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
