using MimeKit;
using Reminders.Worker.Mail.Pickup;
using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class EmlWriterTests
{
    [Fact]
    public async Task The_file_is_created_with_its_folder_and_no_temporary_file_remains()
    {
        using var folder = new TempDirectory();
        var path = Path.Combine(folder.Path, "a", "b", "preview.eml");
        var message = new MessageRenderer(MailSamples.Options()).Render(MailSamples.Digest(), MailSamples.Now);

        await EmlWriter.WriteAtomicallyAsync(message, path, TestContext.Current.CancellationToken);

        Assert.Equal(["preview.eml"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
        var parsed = await MimeMessage.LoadAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(message.MessageId, parsed.MessageId);
    }

    [Fact]
    public async Task A_failed_write_leaves_neither_the_file_nor_a_temporary_file()
    {
        using var folder = new TempDirectory();
        var path = folder.File("x.eml");
        Directory.CreateDirectory(path); // a folder where the file should go: the final move fails
        var message = new MessageRenderer(MailSamples.Options()).Render(MailSamples.Digest(), MailSamples.Now);

        await Assert.ThrowsAnyAsync<IOException>(() => EmlWriter.WriteAtomicallyAsync(message, path, TestContext.Current.CancellationToken));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }
}
