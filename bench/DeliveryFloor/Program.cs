// The floor of delivery (docs/benchmarks.md, "Delivery"): the same stored messages sent over the same number of SMTP
// connections by the least a .NET process can do: no database, no MIME library, no outcomes, no claims. Each message is
// turned into its wire form (CRLF line ends, dot-stuffing, the final dot) and sent with MAIL, RCPT and DATA pipelined,
// so two round trips per message where MailKit takes three.
//
// Usage: DeliveryFloor MESSAGES_FILE HOST PORT CONNECTIONS FROM TO
//   MESSAGES_FILE: each message as a 4-byte little-endian length followed by its stored bytes.
using System.Net;
using System.Net.Sockets;
using System.Text;

if (args.Length != 6)
{
    await Console.Error.WriteLineAsync("Uso: DeliveryFloor MENSAJES HOST PUERTO CONEXIONES REMITENTE DESTINATARIO").ConfigureAwait(false);
    return 2;
}

var messages = MessageFile.Read(args[0]);
var endpoint = new IPEndPoint(IPAddress.Parse(args[1]), int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
var connections = int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture);
var envelope = Encoding.ASCII.GetBytes($"MAIL FROM:<{args[4]}>\r\nRCPT TO:<{args[5]}>\r\nDATA\r\n");
var next = -1;
var sent = 0;
await Task.WhenAll(Enumerable.Range(0, connections).Select(_ => Task.Run(SessionAsync))).ConfigureAwait(false);
Console.WriteLine(sent);
return sent == messages.Count ? 0 : 1;

async Task SessionAsync()
{
    using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
    await socket.ConnectAsync(endpoint).ConfigureAwait(false);
    await using var stream = new NetworkStream(socket, ownsSocket: false);
    var replies = new Replies(stream);
    await replies.ExpectAsync('2').ConfigureAwait(false);
    await stream.WriteAsync("EHLO floor.test\r\n"u8.ToArray()).ConfigureAwait(false);
    await replies.ExpectAsync('2').ConfigureAwait(false);
    int index;
    while ((index = Interlocked.Increment(ref next)) < messages.Count)
    {
        var wire = Wire(messages[index]);
        await stream.WriteAsync(envelope).ConfigureAwait(false);
        await replies.ExpectAsync('2').ConfigureAwait(false);
        await replies.ExpectAsync('2').ConfigureAwait(false);
        await replies.ExpectAsync('3').ConfigureAwait(false);
        await stream.WriteAsync(wire).ConfigureAwait(false);
        await replies.ExpectAsync('2').ConfigureAwait(false);
        Interlocked.Increment(ref sent);
    }

    await stream.WriteAsync("QUIT\r\n"u8.ToArray()).ConfigureAwait(false);
    await replies.ExpectAsync('2').ConfigureAwait(false);
}

// CRLF line ends, a dot doubled at the start of a line, and the terminating dot.
static byte[] Wire(byte[] stored)
{
    var output = new MemoryStream(stored.Length + (stored.Length / 32) + 8);
    var span = stored.AsSpan();
    while (!span.IsEmpty)
    {
        var end = span.IndexOf((byte)'\n');
        var line = end < 0 ? span : span[..end];
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (!line.IsEmpty && line[0] == (byte)'.')
        {
            output.WriteByte((byte)'.');
        }

        output.Write(line);
        output.Write("\r\n"u8);
        span = end < 0 ? [] : span[(end + 1)..];
    }

    output.Write(".\r\n"u8);
    return output.ToArray();
}
