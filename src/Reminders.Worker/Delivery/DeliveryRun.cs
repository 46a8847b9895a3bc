namespace Reminders.Worker.Delivery;

/// <summary>What one delivery run did.</summary>
public sealed record DeliveryRun(int Sent, int Retried, int Failed)
{
    public int Attempted => Sent + Retried + Failed;
}
