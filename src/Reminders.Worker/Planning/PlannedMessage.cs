using MimeKit;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>A message a run composed: what the outbox records, the rendered MIME message and its items for display.</summary>
public sealed record PlannedMessage(OutboxEntry Entry, MimeMessage Message, IReadOnlyList<PlannedItem> Items);
