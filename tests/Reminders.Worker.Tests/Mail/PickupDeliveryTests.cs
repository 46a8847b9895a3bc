using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Pickup;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class PickupDeliveryTests
{
    private static readonly MessageRenderer Renderer = new(MailSamples.Options());

    [Fact]
    public async Task Each_message_is_written_to_its_id_eml_and_parses_back_identically()
    {
        using var folder = new TempDirectory();
        var outbox = Path.Combine(folder.Path, "outbox");
        var digest = new OutgoingMail(41, Renderer.Render(MailSamples.Digest(), MailSamples.Now));
        var escalation = new OutgoingMail(42, Renderer.Render(MailSamples.Escalation(), MailSamples.Now));
        var results = new List<(long Id, DeliveryResult Result)>();

        await new PickupDelivery(outbox).SendAsync([digest, escalation], Record(results), TestContext.Current.CancellationToken);

        Assert.Equal([41L, 42L], results.Select(r => r.Id));
        Assert.All(results, r => Assert.Equal(DeliveryStatus.Sent, r.Result.Status));
        Assert.Equal(["41.eml", "42.eml"], Directory.GetFiles(outbox).Select(Path.GetFileName).Order());
        foreach (var mail in new[] { digest, escalation })
        {
            var written = await File.ReadAllBytesAsync(Path.Combine(outbox, $"{mail.Id}.eml"), TestContext.Current.CancellationToken);
            Assert.Equal(Bytes(mail.Message), written);
            using var stream = new MemoryStream(written);
            var parsed = await MimeMessage.LoadAsync(stream, TestContext.Current.CancellationToken);
            Assert.Equal(mail.Message.MessageId, parsed.MessageId);
            Assert.Equal(mail.Message.Subject, parsed.Subject);
            Assert.Equal(mail.Message.TextBody, parsed.TextBody);
            Assert.Equal(mail.Message.HtmlBody, parsed.HtmlBody);
        }
    }

    [Fact]
    public async Task Writing_the_same_id_again_replaces_the_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempDirectory();
        var delivery = new PickupDelivery(folder.Path);
        var first = new OutgoingMail(7, Renderer.Render(MailSamples.Digest(), MailSamples.Now));
        var second = new OutgoingMail(7, Renderer.Render(MailSamples.Digest(language: "en"), MailSamples.Now));
        var results = new List<(long Id, DeliveryResult Result)>();

        await delivery.SendAsync([first], Record(results), TestContext.Current.CancellationToken);
        await delivery.SendAsync([second], Record(results), TestContext.Current.CancellationToken);

        Assert.Equal(["7.eml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        Assert.Equal(Bytes(second.Message), await File.ReadAllBytesAsync(delivery.PathFor(7), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_rate_limit_holds_the_next_message_until_the_minute_has_passed()
    {
        using var folder = new TempDirectory();
        var time = new FakeTimeProvider(MailSamples.Now);
        var delivery = new PickupDelivery(folder.Path, new SendRateLimiter(2, time));
        var batch = Enumerable.Range(1, 3).Select(i => new OutgoingMail(i, Renderer.Render(MailSamples.Digest(), MailSamples.Now))).ToList();
        var results = new List<(long Id, DeliveryResult Result)>();

        var sending = delivery.SendAsync(batch, Record(results), TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => results.Count == 2);
        Assert.False(sending.IsCompleted);
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);

        time.Advance(TimeSpan.FromMinutes(1));
        await sending;

        Assert.Equal([1L, 2L, 3L], results.Select(r => r.Id));
    }

    [Fact]
    public async Task Stopping_while_the_rate_limit_waits_ends_the_batch_without_writing_more()
    {
        using var folder = new TempDirectory();
        var time = new FakeTimeProvider(MailSamples.Now);
        var delivery = new PickupDelivery(folder.Path, new SendRateLimiter(1, time));
        var batch = Enumerable.Range(1, 2).Select(i => new OutgoingMail(i, Renderer.Render(MailSamples.Digest(), MailSamples.Now))).ToList();
        var results = new List<(long Id, DeliveryResult Result)>();
        using var stop = new CancellationTokenSource();

        var sending = delivery.SendAsync(batch, Record(results), stop.Token);
        await WaitUntilAsync(() => results.Count == 1);
        await stop.CancelAsync();
        await sending;

        Assert.Equal([1L], results.Select(r => r.Id));
        Assert.Equal(["1.eml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    // The batch runs on the thread pool; this waits for an outcome, not for a duration.
    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Yield();
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        Assert.True(condition());
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_ends_the_delivery_naming_the_setting_and_reports_no_message()
    {
        using var folder = new TempDirectory();
        var notAFolder = folder.File("occupied");
        await File.WriteAllTextAsync(notAFolder, "a file where the pickup folder should be", TestContext.Current.CancellationToken);
        var batch = Enumerable.Range(9, 2).Select(id => new OutgoingMail(id, Renderer.Render(MailSamples.Digest(), MailSamples.Now))).ToList();
        var results = new List<(long Id, DeliveryResult Result)>();

        var failure = await Assert.ThrowsAsync<DeliveryUnavailableException>(
            () => new PickupDelivery(notAFolder).SendAsync(batch, Record(results), TestContext.Current.CancellationToken));

        Assert.Empty(results);
        Assert.Contains("9.eml", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Mail:PickupDirectory", failure.Message, StringComparison.Ordinal);
        Assert.Contains("sin contar un intento", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_batch_writes_nothing_more()
    {
        using var folder = new TempDirectory();
        using var cancellation = new CancellationTokenSource();
        var batch = new[]
        {
            new OutgoingMail(1, Renderer.Render(MailSamples.Digest(), MailSamples.Now)),
            new OutgoingMail(2, Renderer.Render(MailSamples.Digest(), MailSamples.Now)),
        };
        var results = new List<long>();

        await new PickupDelivery(folder.Path).SendAsync(
            batch,
            async (mail, _, _) =>
            {
                results.Add(mail.Id);
                await cancellation.CancelAsync();
            },
            cancellation.Token);

        Assert.Equal([1L], results);
        Assert.Equal(["1.eml"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
    }

    private static Func<OutgoingMail, DeliveryResult, CancellationToken, Task> Record(List<(long, DeliveryResult)> results) =>
        (mail, result, _) =>
        {
            results.Add((mail.Id, result));
            return Task.CompletedTask;
        };

    private static byte[] Bytes(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.ToArray();
    }
}
