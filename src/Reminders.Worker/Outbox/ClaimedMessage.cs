namespace Reminders.Worker.Outbox;

/// <summary>A message this instance has claimed for sending.</summary>
public sealed record ClaimedMessage(long Id, int Attempts, byte[] Mime);
