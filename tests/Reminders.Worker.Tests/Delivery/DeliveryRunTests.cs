using Reminders.Worker.Delivery;

namespace Reminders.Worker.Tests.Delivery;

public class DeliveryRunTests
{
    [Fact]
    public void Attempted_counts_sent_retried_and_failed_messages()
    {
        Assert.Equal(6, new DeliveryRun(3, 2, 1).Attempted);
        Assert.Equal(0, new DeliveryRun(0, 0, 0).Attempted);
    }
}
