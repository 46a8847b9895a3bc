using MimeKit;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>A message as the test SMTP server saved it: the envelope and the bytes received.</summary>
public sealed record ReceivedMessage(string MailFrom, IReadOnlyList<string> Recipients, byte[] Raw)
{
    public MimeMessage Parse()
    {
        using var stream = new MemoryStream(Raw);
        return MimeMessage.Load(stream);
    }
}
