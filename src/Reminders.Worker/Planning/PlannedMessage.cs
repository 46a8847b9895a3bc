using MimeKit;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>A message a run composed: what the outbox records, MIME bytes included.</summary>
public sealed record PlannedMessage(OutboxMessage Entry)
{
    /// <summary>
    /// The message parsed from its bytes, a new copy on each call (a preview changes its Message-ID). A run keeps only the bytes:
    /// a <see cref="MimeMessage"/> and each of its parts carry a finalizer, so thousands of live ones cost the collector dearly.
    /// </summary>
    public MimeMessage Message => MimeMessage.Load(new MemoryStream(Entry.Mime, writable: false));
}
