using MimeKit;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>A message as the test SMTP server saved it: the envelope and the bytes received.</summary>
public sealed record ReceivedMessage(string MailFrom, IReadOnlyList<string> Recipients, byte[] Raw)
{
    /// <summary>The command that carried the message: <c>DATA</c>, or <c>BDAT</c> from a server offering CHUNKING.</summary>
    public string Command { get; init; } = "DATA";

    /// <summary>The parameters of MAIL FROM, e.g. <c>SIZE=1234</c> and <c>BODY=8BITMIME</c>.</summary>
    public IReadOnlyList<string> MailOptions { get; init; } = [];

    /// <summary>The client's address and port: messages with the same peer came over one SMTP session.</summary>
    public string Peer { get; init; } = "";

    public MimeMessage Parse()
    {
        using var stream = new MemoryStream(Raw);
        return MimeMessage.Load(stream);
    }
}
