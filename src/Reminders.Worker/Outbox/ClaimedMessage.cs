namespace Reminders.Worker.Outbox;

/// <summary>A message this instance has claimed for sending.</summary>
public sealed class ClaimedMessage
{
    public long Id { get; init; }

    public int Attempts { get; init; }

    public byte[] Mime { get; init; } = [];
}
