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
    public MimeMessage Message => MimeMessage.Load(new MemoryStream(Mime, writable: false));

    /// <summary>
    /// The MIME bytes: <see cref="OutboxMessage.Mime"/>, or, for a message planned only to be recorded (which keeps only the
    /// compressed bytes, MessageFactory), those expanded.
    /// </summary>
    public byte[] Mime => Entry.Mime.Length == 0 && Entry.Compressed is { } compressed ? StoredMime.Expand(compressed, StoredMime.Zlib) : Entry.Mime;
}
