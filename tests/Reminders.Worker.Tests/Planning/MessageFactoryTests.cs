using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Worker.Configuration;
using Reminders.Worker.Mail;
using Reminders.Worker.Planning;
using Reminders.Worker.Tests.Mail;

namespace Reminders.Worker.Tests.Planning;

public sealed class MessageFactoryTests
{
    [Fact]
    public void A_smaller_message_written_after_a_larger_one_on_the_same_thread_holds_only_its_own_bytes()
    {
        var factory = new MessageFactory(
            Options.Create(new MailOptions { From = "Recordatorios PAAC <paac@ejemplo.gov.co>", AttachCalendar = true }),
            new AppPaths(Path.GetTempPath()));

        var digest = factory.Create(MailSamples.Digest(), MailSamples.Now).Entry.Mime;
        var escalation = factory.Create(MailSamples.Escalation(), MailSamples.Now).Entry.Mime;

        Assert.True(escalation.Length < digest.Length, "the sample escalation should be the smaller message");
        var digestText = Encoding.UTF8.GetString(digest);
        var escalationText = Encoding.UTF8.GetString(escalation);
        Assert.Contains("plazos.ics", digestText, StringComparison.Ordinal);
        // The digest's calendar is its last part: a reused buffer not cut to the new length would leave it at the end.
        Assert.DoesNotContain("plazos.ics", escalationText, StringComparison.Ordinal);
        using var parsed = MimeMessage.Load(new MemoryStream(escalation), TestContext.Current.CancellationToken);
        Assert.Equal(["jefe.comunicaciones@ejemplo.gov.co"], parsed.To.Mailboxes.Select(m => m.Address));
        using var digestAgain = MimeMessage.Load(new MemoryStream(digest), TestContext.Current.CancellationToken);
        Assert.Equal("plazos.ics", digestAgain.Attachments.Single().ContentDisposition?.FileName);
    }
}
