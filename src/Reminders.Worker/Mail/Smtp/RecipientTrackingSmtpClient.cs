using MailKit.Net.Smtp;
using MimeKit;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// An <see cref="SmtpClient"/> that records a refused recipient instead of aborting the whole message, so the
/// other recipients still get it; when every recipient is refused it throws <see cref="AllRecipientsRefusedException"/>.
/// </summary>
internal sealed class RecipientTrackingSmtpClient : SmtpClient
{
    private readonly List<RefusedRecipient> _refused = [];

    /// <summary>Refusals of the message being sent (reset by <see cref="BeginMessage"/>).</summary>
    public IReadOnlyList<RefusedRecipient> Refused => _refused;

    /// <summary>True once a recipient was accepted: from then on the server may end up with the message.</summary>
    public bool AnyRecipientAccepted { get; private set; }

    public void BeginMessage()
    {
        _refused.Clear();
        AnyRecipientAccepted = false;
    }

    protected override void OnRecipientAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        AnyRecipientAccepted = true;
        base.OnRecipientAccepted(message, mailbox, response);
    }

    protected override void OnRecipientNotAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response) =>
        _refused.Add(new RefusedRecipient(mailbox.Address, $"{(int)response.StatusCode} {response.Response}"));

    protected override void OnNoRecipientsAccepted(MimeMessage message) =>
        throw new AllRecipientsRefusedException([.. _refused]);
}
