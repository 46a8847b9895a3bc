namespace Reminders.Worker.Outbox;

/// <summary>A message this instance has claimed for sending.</summary>
public sealed class ClaimedMessage
{
    private byte[] _stored = [];
    private byte[]? _mime;

    public long Id { get; init; }

    public int Attempts { get; init; }

    /// <summary>How the stored bytes are compressed (<see cref="StoredMime"/>); null when stored as they are.</summary>
    public string? Compression { get; init; }

    /// <summary>The bytes as stored (compressed when <see cref="Compression"/> says so).</summary>
    internal byte[] Stored => _stored;

    /// <summary>The message's MIME bytes (expanded on first use when stored compressed).</summary>
    public byte[] Mime
    {
        get => _mime ??= StoredMime.Expand(_stored, Compression);
        init => _stored = value;
    }
}
