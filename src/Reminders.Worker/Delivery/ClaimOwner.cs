using System.Diagnostics;
using System.Globalization;

namespace Reminders.Worker.Delivery;

/// <summary>
/// Who holds a claim on outbox messages: <c>host:pid:start:guid</c>, the machine, the process id, the process start
/// time (so a reused pid is not taken for the same process) and a per-process id. A claim whose owner is on this
/// machine and no longer runs is provably abandoned (the process was killed): it may be taken over at once instead
/// of waiting for the lease to expire (docs/reliability.md). Claims held from other machines wait for their lease.
/// </summary>
public static class ClaimOwner
{
    private static readonly TimeSpan StartTolerance = TimeSpan.FromSeconds(2);

    /// <summary>This process.</summary>
    public static string Current { get; } = Describe(Environment.MachineName, Environment.ProcessId, StartTicks(Environment.ProcessId) ?? 0, Guid.NewGuid());

    public static string Describe(string host, int pid, long startTicks, Guid id) =>
        string.Create(CultureInfo.InvariantCulture, $"{host}:{pid}:{startTicks}:{id:N}");

    /// <summary>True when <paramref name="owner"/> names a process of this machine that has exited (or whose pid now belongs to another process).</summary>
    public static bool IsProvablyDead(string? owner)
    {
        var parts = owner?.Split(':');
        if (parts is not { Length: 4 }
            || !string.Equals(parts[0], Environment.MachineName, StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var startTicks)
            || string.Equals(owner, Current, StringComparison.Ordinal))
        {
            return false;
        }

        var running = StartTicks(pid);
        return running is null || Math.Abs(running.Value - startTicks) > StartTolerance.Ticks;
    }

    /// <summary>When the process with this pid started (UTC ticks), or null when there is none.</summary>
    private static long? StartTicks(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime().Ticks;
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // The process exited while being read.
            return null;
        }
    }
}
