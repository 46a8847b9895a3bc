// MailKit's floor of delivery (docs/benchmarks.md, "Delivery"): the same stored messages sent over the same number of SMTP
// connections with MailKit's SmtpClient exactly as the product's session sends them (Mail/Smtp/SmtpSession and
// SmtpDelivery.SendOne): each session on a thread of its own with MailKit's blocking calls, over a blocking socket with
// Nagle's algorithm off (NoDelaySocket) under the product's CoalescingStream,
// each stored message turned into a MimeMessage by StoredMessage.TryCreate (its header block parsed, its body written as
// stored by StoredBody), sent by the product's RecipientTrackingSmtpClient with a timeout of its own. Those classes are
// the product's source, compiled in. What the product does besides is left out: no database (no claims, no inflating, no
// outcomes), no rate limiter, no logging. The gap between this and `reminders deliver` is the product's own; the gap
// between this and bench/DeliveryFloor is MailKit's.
//
// Usage: MailKitFloor MESSAGES_FILE HOST PORT CONNECTIONS [ROUNDS]
//   MESSAGES_FILE: each message as a 4-byte little-endian length followed by its stored bytes.
//   ROUNDS: how many times every message is sent (default 1); more show the steady state, past the JIT.
// Prints how many were sent, then the wall time, the process's CPU, the memory allocated per message and the
// collections of the sending alone (after reading the file).
using System.Globalization;
using System.Net.Sockets;
using MailKit.Security;
using Reminders.Worker.Mail.Smtp;

if (args.Length is not (4 or 5))
{
    await Console.Error.WriteLineAsync("Uso: MailKitFloor MENSAJES HOST PUERTO CONEXIONES [RONDAS]").ConfigureAwait(false);
    return 2;
}

var messages = MessageFile.Read(args[0]);
var host = args[1];
var port = int.Parse(args[2], CultureInfo.InvariantCulture);
var connections = int.Parse(args[3], CultureInfo.InvariantCulture);
var total = messages.Count * (args.Length == 5 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1);
var cpu = Environment.CpuUsage.TotalTime;
var allocated = GC.GetTotalAllocatedBytes();
var collections = GC.CollectionCount(0);
var clock = System.Diagnostics.Stopwatch.StartNew();
var next = -1;
var sent = 0;
var sessions = new Task[connections];
for (var index = 0; index < connections; index++)
{
    // As SmtpDelivery.SendAsync: each session on a thread of its own.
    sessions[index] = Task.Factory.StartNew(Session, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}

await Task.WhenAll(sessions).ConfigureAwait(false);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"{sent} enviados; el envío solo: {clock.Elapsed.TotalSeconds:F2} s, CPU {(Environment.CpuUsage.TotalTime - cpu).TotalSeconds:F2} s, "
    + $"{(GC.GetTotalAllocatedBytes() - allocated) / 1024.0 / sent:F1} KiB asignados por mensaje, {GC.CollectionCount(0) - collections} recolecciones"));
return sent == total ? 0 : 1;

void Session()
{
    using var client = new RecipientTrackingSmtpClient { Timeout = 30_000 };
    var socket = NoDelaySocket.Connect(host, port, CancellationToken.None);
    client.Connect(new CoalescingStream(new NetworkStream(socket, ownsSocket: true)), host, port, SecureSocketOptions.None, CancellationToken.None);
    var eightBitMime = (client.Capabilities & MailKit.Net.Smtp.SmtpCapabilities.EightBitMime) != 0;
    var headerParser = new MimeKit.MimeParser(Stream.Null, MimeKit.MimeFormat.Entity);
    int index;
    while ((index = Interlocked.Increment(ref next)) < total)
    {
        // As SmtpSession.Send: a timeout of its own, whose firing would shut the socket down under the blocked call.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var message = StoredMessage.TryCreate(messages[index % messages.Count], eightBitMime, headerParser)
            ?? throw new InvalidOperationException($"El mensaje {index} no se puede enviar tal como está guardado.");
        client.BeginMessage();
        BlockingCall.Run(() => client.Send(message, timeout.Token), () => socket.Shutdown(SocketShutdown.Both), "Sin respuesta a tiempo.", timeout.Token);
        Interlocked.Increment(ref sent);
    }

    client.Disconnect(quit: true, CancellationToken.None);
}
