namespace Reminders.Worker.Outbox;

/// <summary>A message this instance has claimed for sending.</summary>
public sealed class ClaimedMessage
{
    public long Id { get; init; }

    public int Attempts { get; init; }

    /// <summary>How the stored bytes are compressed (<see cref="StoredMime"/>); null when stored as they are.</summary>
    public string? Compression { get; init; }

    /// <summary>The body as stored (compressed when <see cref="Compression"/> says so); the delivery inflates it when it sends it.</summary>
    public byte[] Stored { get; init; } = [];
}
