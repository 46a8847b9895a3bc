namespace Reminders.Worker.Mail;

/// <summary>
/// The <c>Mail:Replies</c> section: how offices report completion or progress from the mail itself (docs/mail.md, "Reply links").
/// </summary>
public sealed class ReplyOptions
{
    /// <summary>
    /// The intake mailbox the "Reportar cumplimiento" and "Reportar avance" links write to and that <c>Reply-To</c> names;
    /// empty to send those replies to the entity's coordinator instead.
    /// </summary>
    public string Address { get; set; } = "";

    /// <summary>
    /// The key of the HMAC-SHA256 tokens in the links' subjects (at least 32 characters). Never in a file of the
    /// repository: set it with the environment variable <c>Mail__Replies__Secret</c> or a systemd credential. Without it
    /// the mail carries no links.
    /// </summary>
    public string Secret { get; set; } = "";
}
