using System.Buffers;
using MimeKit;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Mail;

/// <summary>
/// A rendered message taken from the outbox, with the outbox id it is recorded under. Built from the stored MIME bytes,
/// it is sent as those bytes (<see cref="Stored"/>); <see cref="Message"/> parses them only for a delivery that needs the
/// whole message, on first use. Built from a compressed stored body, it inflates the body on first use into a pooled
/// buffer, which <see cref="ReleaseBuffer"/> gives back once the message is sent.
/// </summary>
public sealed class OutgoingMail
{
    private readonly byte[]? _mime;
    private readonly byte[]? _compressed;
    private readonly string? _compression;
    private byte[]? _rented;
    private int _length;
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

    /// <param name="id">The outbox id.</param>
    /// <param name="stored">The stored body as read from the outbox.</param>
    /// <param name="compression">Its <c>compression</c> column (<see cref="StoredMime"/>); null when stored as it is.</param>
    public OutgoingMail(long id, byte[] stored, string? compression)
    {
        Id = id;
        if (compression is null)
        {
            _mime = stored;
        }
        else
        {
            _compressed = stored;
            _compression = compression;
        }
    }

    public long Id { get; }

    /// <summary>
    /// The MIME bytes recorded in the outbox, when the message came from there; a retry sends the same bytes. Valid until
    /// <see cref="ReleaseBuffer"/>.
    /// </summary>
    public ReadOnlyMemory<byte>? Stored
    {
        get
        {
            if (_compressed is null)
            {
                return _mime;
            }

            if (_rented is null)
            {
                (_rented, _length) = StoredMime.ExpandPooled(_compressed, _compression!);
            }

            return _rented.AsMemory(0, _length);
        }
    }

    /// <summary>The message (parsed now if it came as bytes). A message is used by one session at a time.</summary>
    public MimeMessage Message => _message ??= Parse();

    /// <summary>
    /// Gives the inflated body's pooled buffer back (and forgets the message parsed from it) once nothing uses them any
    /// more: after the message was handed to the server. Using <see cref="Stored"/> again inflates it again.
    /// </summary>
    public void ReleaseBuffer()
    {
        if (_rented is { } rented)
        {
            _rented = null;
            _message = null;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private MimeMessage Parse()
    {
        // Persistent: the parts' contents stay slices of the stored bytes instead of copies (the stream must stay open,
        // which a MemoryStream over an array costs nothing to do).
        _ = Stored; // inflates a compressed body
        var stream = _rented is not null ? new MemoryStream(_rented, 0, _length, writable: false) : new MemoryStream(_mime!, writable: false);
        return MimeMessage.Load(ParserOptions.Default, stream, persistent: true);
    }
}
