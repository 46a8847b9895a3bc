using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Worker.Configuration;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp;
using Reminders.Worker.Outbox;
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

    [Fact]
    public void Stored_messages_end_every_line_in_crlf_so_delivery_sends_the_body_without_a_copy()
    {
        var mime = Factory().Create(MailSamples.Digest(), MailSamples.Now).Entry.Mime;

        var bareLineFeeds = mime.Select((b, i) => b == '\n' && (i == 0 || mime[i - 1] != '\r')).Count(bare => bare);
        Assert.Equal(0, bareLineFeeds);
        using var message = StoredMessage.TryCreate(mime, eightBitMime: true);
        var body = Assert.IsType<StoredBody>(message?.Body);
        var wire = FormatOptions.Default.Clone();
        wire.NewLineFormat = NewLineFormat.Dos;
        Assert.Null(body.Format(wire).Rented);
    }

    [Fact]
    public void The_stored_bytes_expand_to_exactly_the_message_written()
    {
        var entry = Factory().Create(MailSamples.Digest(), MailSamples.Now).Entry;

        Assert.NotEmpty(entry.Mime);
        Assert.Equal(entry.Mime, StoredMime.Expand(entry.Compressed!, StoredMime.Zlib));
    }

    [Fact]
    public void A_message_planned_to_be_recorded_keeps_only_its_compressed_bytes_and_still_reads_as_the_message()
    {
        var planned = Factory().Create(MailSamples.Digest(), MailSamples.Now, keepMime: false);

        Assert.Empty(planned.Entry.Mime);
        using var stored = MimeMessage.Load(new MemoryStream(StoredMime.Expand(planned.Entry.Compressed!, StoredMime.Zlib)), TestContext.Current.CancellationToken);
        Assert.Equal(["comunicaciones@ejemplo.gov.co", "prensa@ejemplo.gov.co"], stored.To.Mailboxes.Select(m => m.Address));
        Assert.Equal("plazos.ics", stored.Attachments.Single().ContentDisposition?.FileName);
        Assert.Equal(StoredMime.Expand(planned.Entry.Compressed!, StoredMime.Zlib), planned.Mime);
        using var shown = planned.Message;
        Assert.Equal(stored.MessageId, shown.MessageId);
    }

    private static MessageFactory Factory() => new(
        Options.Create(new MailOptions { From = "Recordatorios PAAC <paac@ejemplo.gov.co>", AttachCalendar = true }),
        new AppPaths(Path.GetTempPath()));
}
