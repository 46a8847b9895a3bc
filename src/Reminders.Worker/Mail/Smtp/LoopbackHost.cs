using System.Net;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>Tells whether a host name stays on this machine (localhost, 127.0.0.0/8, ::1).</summary>
internal static class LoopbackHost
{
    public static bool Is(string host)
    {
        var trimmed = host.Trim().TrimStart('[').TrimEnd(']');
        if (trimmed.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(trimmed, out var address) && IPAddress.IsLoopback(address);
    }
}
