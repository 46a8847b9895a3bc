using System.Net;
using System.Net.Sockets;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>Opens a TCP connection with Nagle's algorithm off, trying each address of the host in turn.</summary>
internal static class NoDelaySocket
{
    public static async Task<Socket> ConnectAsync(string host, int port, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        SocketException? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
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
