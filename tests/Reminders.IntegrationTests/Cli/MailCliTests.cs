using MimeKit;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Cli;

/// <summary>Issue 3: what the pickup folder receives is well-formed MIME with correct Spanish text and escaped HTML.</summary>
public sealed class MailCliTests : IDisposable
{
    private const string Script = "<script>alert(1)</script>";

    private readonly CliRunner cli = new();

    [Fact]
    public async Task Every_eml_is_multipart_alternative_utf8_spanish_and_escapes_plan_text_in_html()
    {
        var lines = SampleFiles.Lines;
        var cell = lines[SampleFiles.LineOf(lines, "1.1") - 1].Split('\t')[2];
        SampleFiles.SetCell(lines, "1.1", 2, $"{cell} {Script}");
        await SampleFiles.ConfigureAsync(cli, SampleFiles.Write(cli.DataDirectory, "paac.tsv", lines));

        await cli.SucceedAsync("send-now", "--as-of", "2022-01-03");

        var files = cli.PickedUp();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var message = MimeMessage.Load(file, TestContext.Current.CancellationToken);
            var alternative = message.Body as MultipartAlternative
                ?? Assert.Single(Assert.IsType<Multipart>(message.Body).OfType<MultipartAlternative>());
            Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
            Assert.All(alternative.OfType<TextPart>(), p => Assert.Equal("utf-8", p.ContentType.Charset, ignoreCase: true));
            Assert.False(string.IsNullOrEmpty(message.MessageId));
            var sender = message.From.Mailboxes.Single().Domain;
            Assert.EndsWith("@" + sender, message.MessageId, StringComparison.Ordinal);
            Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
            Assert.Equal("All", message.Headers["X-Auto-Response-Suppress"]);
            Assert.Equal(["coordinacion@ejemplo.gov.co"], message.ReplyTo.Mailboxes.Select(m => m.Address));
            Assert.False(string.IsNullOrEmpty(message.Headers[HeaderId.ListId]));
        }

        var planning = files.Select(f => MimeMessage.Load(f, TestContext.Current.CancellationToken)).Single(m => m.To.Mailboxes.Any(a => a.Address == "planeacion@ejemplo.gov.co"));
        Assert.Contains("Planeación", planning.Subject, StringComparison.Ordinal);
        Assert.Contains("31 de enero de 2022", planning.TextBody, StringComparison.Ordinal);
        Assert.Contains("31 de enero de 2022", planning.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("ANTICORRUPCIÓN", planning.TextBody, StringComparison.Ordinal);
        Assert.Contains("5 próximas, 1 permanente — Secretaría de Planeación", planning.Subject, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", planning.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Script, planning.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(planning.Attachments, a => a.ContentType.MimeType == "text/calendar");
        Assert.IsType<Multipart>(planning.Body);
        Assert.Equal("multipart/mixed", planning.Body.ContentType.MimeType);
    }

    public void Dispose() => cli.Dispose();
}
