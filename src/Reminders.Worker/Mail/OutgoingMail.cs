using MimeKit;

namespace Reminders.Worker.Mail;

/// <summary>
/// A rendered message taken from the outbox, with the outbox id it is recorded under. Built from the stored MIME bytes,
/// it is sent as those bytes (<see cref="Stored"/>); <see cref="Message"/> parses them only for a delivery that needs the
/// whole message, on first use.
/// </summary>
public sealed class OutgoingMail
{
    private readonly byte[]? _mime;
    private MimeMessage? _message;

    public OutgoingMail(long id, MimeMessage message)
    {
        Id = id;
        _message = message;
    }

    public OutgoingMail(long id, byte[] mime)
    {
        Id = id;
        _mime = mime;
    }

    public long Id { get; }

    /// <summary>The MIME bytes recorded in the outbox, when the message came from there; a retry sends the same bytes.</summary>
    public ReadOnlyMemory<byte>? Stored => _mime;

    /// <summary>The message (parsed now if it came as bytes). A message is used by one session at a time.</summary>
    public MimeMessage Message => _message ??= Parse();

    private MimeMessage Parse()
    {
        // Persistent: the parts' contents stay slices of the stored bytes instead of copies (the stream must stay open,
        // which a MemoryStream over an array costs nothing to do).
        var stream = new MemoryStream(_mime!, writable: false);
        return MimeMessage.Load(ParserOptions.Default, stream, persistent: true);
    }
}
