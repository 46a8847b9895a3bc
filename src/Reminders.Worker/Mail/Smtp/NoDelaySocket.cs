using System.Net;
using System.Net.Sockets;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// Opens a TCP connection with Nagle's algorithm off, trying each address of the host in turn. The connection is made
/// with the blocking call, so the socket stays a blocking one: a session's thread then waits in the kernel for each reply
/// instead of going through the socket engine's thread and the thread pool (docs/benchmarks.md, "Delivery", seventh
/// round). On Unix, a socket that has served one asynchronous call serves the blocking ones through the engine too.
/// </summary>
internal static class NoDelaySocket
{
    /// <summary>Connects; <paramref name="cancellationToken"/> (the session's timeout) closes a socket still connecting.</summary>
    public static Socket Connect(string host, int port, CancellationToken cancellationToken)
    {
        // The lookup is asynchronous (it can be cancelled, and it leaves no socket behind).
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : Dns.GetHostAddressesAsync(host, cancellationToken).GetAwaiter().GetResult();
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                BlockingCall.Run(() => socket.Connect(new IPEndPoint(address, port)), socket.Dispose, "The connection was not made in time.", cancellationToken);
                // Fired just as the connection was made: the socket is already closed.
                cancellationToken.ThrowIfCancellationRequested();
                return socket;
            }
            catch (SocketException failure)
            {
                socket.Dispose();
                last = failure;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }
}
