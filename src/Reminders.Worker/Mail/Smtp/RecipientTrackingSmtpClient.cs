using MailKit.Net.Smtp;
using MimeKit;
using MimeKit.IO;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// An <see cref="SmtpClient"/> that records a refused recipient instead of aborting the whole message, so the
/// other recipients still get it; when every recipient is refused it throws <see cref="AllRecipientsRefusedException"/>.
/// </summary>
internal sealed class RecipientTrackingSmtpClient : SmtpClient
{
    private readonly List<RefusedRecipient> _refused = [];

    /// <summary>
    /// To a server that offers CHUNKING (RFC 3030: Microsoft 365, Exchange, Gmail, Postfix 3.4 and later) each message goes
    /// by <c>BDAT</c> instead of <c>DATA</c>: its bytes as they are, with no round trip waiting for <c>354</c> and no
    /// doubling of dots, a scan of every byte (docs/architecture.md, "The data path", step 4). A server without it gets
    /// <c>DATA</c>.
    /// </summary>
    protected override bool PreferSendAsBinaryData => true;

    /// <summary>Refusals of the message being sent (reset by <see cref="BeginMessage"/>).</summary>
    public IReadOnlyList<RefusedRecipient> Refused => _refused;

    /// <summary>True once a recipient was accepted: from then on the server may end up with the message.</summary>
    public bool AnyRecipientAccepted { get; private set; }

    public void BeginMessage()
    {
        _refused.Clear();
        AnyRecipientAccepted = false;
    }

    /// <summary>
    /// The size declared to a server that offers SIZE (RFC 1870). MailKit measures it by writing the whole message into a
    /// counting stream before sending it, so every stored body was formatted twice; a stored body's formatted length is
    /// counted instead, and only its header block is written to be measured (docs/benchmarks.md, "Delivery", eighth round).
    /// </summary>
    internal static long MeasureSize(FormatOptions options, MimeMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Body is not StoredBody body)
        {
            return -1;
        }

        using var headers = new MeasuringStream();
        message.WriteTo(options, headers, headersOnly: true, cancellationToken);
        return headers.Length + body.FormattedLength(options);
    }

    protected override long GetSize(FormatOptions options, MimeMessage message, CancellationToken cancellationToken) =>
        MeasureSize(options, message, cancellationToken) is var size and >= 0 ? size : base.GetSize(options, message, cancellationToken);

    protected override Task<long> GetSizeAsync(FormatOptions options, MimeMessage message, CancellationToken cancellationToken) =>
        MeasureSize(options, message, cancellationToken) is var size and >= 0 ? Task.FromResult(size) : base.GetSizeAsync(options, message, cancellationToken);

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
