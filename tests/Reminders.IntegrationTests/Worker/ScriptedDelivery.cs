using Reminders.Worker.Mail;

namespace Reminders.IntegrationTests.Worker;

/// <summary>
/// A mail delivery that answers each message as the test scripts it (the unit seam of the delivery service; SMTP itself
/// is tested against a real server elsewhere), and records the subjects it was handed, in order.
/// </summary>
public sealed class ScriptedDelivery(Func<OutgoingMail, DeliveryResult> answer) : IMailDelivery
{
    /// <summary>When set, the batch stops with this exception after this many messages.</summary>
    public int? StopAfter { get; set; }

    /// <summary>When set, each batch attempts only this many messages and returns (as a stopped batch does).</summary>
    public int? AttemptPerBatch { get; set; }

    public List<string> Attempted { get; } = [];

    /// <summary>How many messages each batch handed over held, in order.</summary>
    public List<int> BatchSizes { get; } = [];

    /// <summary>Called as each batch is handed over, before its first message.</summary>
    public Action? OnBatch { get; set; }

    public async Task SendAsync(IReadOnlyList<OutgoingMail> batch, Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult, CancellationToken cancellationToken)
    {
        BatchSizes.Add(batch.Count);
        OnBatch?.Invoke();
        foreach (var mail in batch.Take(AttemptPerBatch ?? batch.Count))
        {
            if (StopAfter is { } limit && Attempted.Count >= limit)
            {
                throw new IOException("conexión perdida");
            }

            Attempted.Add(mail.Message.Subject ?? "");
            await onResult(mail, answer(mail), cancellationToken);
        }
    }
}
