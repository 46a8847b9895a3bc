using MimeKit;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>A message a run composed: what the outbox records and the rendered MIME message.</summary>
public sealed record PlannedMessage(OutboxMessage Entry, MimeMessage Message);
