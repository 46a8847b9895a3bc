using System.Threading.Channels;
using Reminders.Worker.Mail;

namespace Reminders.IntegrationTests.Worker;

/// <summary>
/// A mail delivery that answers each message as the test scripts it (the unit seam of the delivery service; SMTP itself
/// is tested against a real server elsewhere), and records the subjects it was handed, in order.
/// </summary>
public sealed class ScriptedDelivery(Func<OutgoingMail, DeliveryResult> answer) : IMailDelivery
{
    /// <summary>When set, the delivery stops with this exception after this many messages.</summary>
    public int? StopAfter { get; set; }

    /// <summary>When set, the delivery attempts only this many messages and returns (as a stopped delivery does).</summary>
    public int? AttemptOnly { get; set; }

    public List<string> Attempted { get; } = [];

    /// <summary>Called as the delivery starts, before it takes its first message.</summary>
    public Action? OnStart { get; set; }

    public async Task SendAsync(ChannelReader<OutgoingMail> mails, Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult, CancellationToken cancellationToken)
    {
        OnStart?.Invoke();
        var attempted = 0;
        while (attempted < (AttemptOnly ?? int.MaxValue) && await mails.NextAsync(cancellationToken) is { } mail)
        {
            if (StopAfter is { } limit && Attempted.Count >= limit)
            {
                throw new IOException("conexión perdida");
            }

            Attempted.Add(mail.Message.Subject ?? "");
            attempted++;
            await onResult(mail, answer(mail), cancellationToken);
        }
    }
}
