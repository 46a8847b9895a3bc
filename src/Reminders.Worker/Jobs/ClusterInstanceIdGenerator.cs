using System.Globalization;
using System.Security.Cryptography;
using Quartz.Extensibility;

namespace Reminders.Worker.Jobs;

/// <summary>
/// Names this process within the cluster: host, process id and a random part, e.g. <c>srv-alcaldia-4711-9f3c01ab</c>.
/// Quartz's own generator joins the host name and a time, so processes started at the same moment on one machine
/// (a service restarted by systemd beside a second instance, or three started together) could get the same id; two
/// live schedulers with one id would each take the other's fires for their own and run them twice
/// (docs/architecture.md, "Several instances").
/// </summary>
internal sealed class ClusterInstanceIdGenerator : IInstanceIdGenerator
{
    /// <summary>The longest id the scheduler state table's column holds in Quartz's own scripts.</summary>
    public const int MaxLength = 50;

    private const int HostLength = 24;

    public ValueTask<string> GenerateInstanceId(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Create(Environment.MachineName, Environment.ProcessId));

    public static string Create(string host, int processId)
    {
        var name = string.IsNullOrWhiteSpace(host) ? "host" : host.Trim();
        if (name.Length > HostLength)
        {
            name = name[..HostLength];
        }

        var random = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        return string.Create(CultureInfo.InvariantCulture, $"{name}-{processId}-{random}");
    }
}
