using System.Collections.Concurrent;
using Reminders.Worker.Mail;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>
/// Each SMTP session runs on a thread of its own with blocking calls (docs/architecture.md): a session waiting for the
/// server must never hold one of the thread pool's few threads, which the recording and the next claim need.
/// </summary>
public sealed class SmtpSessionThreadTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Over_four_connections_every_outcome_is_reported_from_a_session_thread_never_from_the_thread_pool()
    {
        await using var server = await AiosmtpdServer.StartAsync(cancellationToken: Token);
        var delivery = SmtpTestDelivery.Create(server, o => o.Connections = 4);
        var reporters = new ConcurrentBag<(int Thread, bool Pool)>();

        await delivery.SendAsync(
            [.. Enumerable.Range(1, 20).Select(i => SmtpTestDelivery.Mail(i))],
            (_, result, _) =>
            {
                Assert.Equal(DeliveryStatus.Sent, result.Status);
                reporters.Add((Environment.CurrentManagedThreadId, Thread.CurrentThread.IsThreadPoolThread));
                return Task.CompletedTask;
            },
            Token);

        Assert.Equal(20, reporters.Count);
        Assert.DoesNotContain(reporters, r => r.Pool);
        Assert.InRange(reporters.Select(r => r.Thread).Distinct().Count(), 1, 4);
    }
}
