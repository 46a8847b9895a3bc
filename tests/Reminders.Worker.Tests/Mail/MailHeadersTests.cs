using MimeKit;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class MailHeadersTests
{
    private static readonly MessageRenderer Renderer = new(MailSamples.Options());

    public static TheoryData<string> Kinds => ["digest", "escalation"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_message_is_marked_as_automated_mail_with_a_list_id(string kind)
    {
        var message = Render(kind);

        Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
        Assert.Equal("All", message.Headers["X-Auto-Response-Suppress"]);
        Assert.Equal("Recordatorios PAAC <recordatorios-paac.ejemplo.gov.co>", message.Headers[HeaderId.ListId]);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Replies_go_to_the_coordinator_when_no_intake_mailbox_is_configured(string kind) =>
        Assert.Equal(["coordinacion.paac@ejemplo.gov.co"], Render(kind).ReplyTo.Mailboxes.Select(m => m.Address));

    [Fact]
    public void Replies_go_to_the_intake_mailbox_when_one_is_configured()
    {
        var renderer = new MessageRenderer(MailSamples.Options() with { ReplyTo = new MailboxAddress("", "respuestas.paac@ejemplo.gov.co") });

        Assert.Equal(["respuestas.paac@ejemplo.gov.co"], renderer.Render(MailSamples.Digest(), MailSamples.Now).ReplyTo.Mailboxes.Select(m => m.Address));
        Assert.Equal(["respuestas.paac@ejemplo.gov.co"], renderer.Render(MailSamples.Escalation(), MailSamples.Now).ReplyTo.Mailboxes.Select(m => m.Address));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_message_id_is_on_the_senders_domain_and_the_key_header_names_nobody(string kind)
    {
        var message = Render(kind);

        Assert.EndsWith("@ejemplo.gov.co", message.MessageId, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{32}$", message.Headers[MailHeaders.Key]);
        Assert.DoesNotContain("reminders.paac", message.ToString(), StringComparison.Ordinal);
    }

    private static MimeMessage Render(string kind) => kind == "digest"
        ? Renderer.Render(MailSamples.Digest(), MailSamples.Now)
        : Renderer.Render(MailSamples.Escalation(), MailSamples.Now);
}
