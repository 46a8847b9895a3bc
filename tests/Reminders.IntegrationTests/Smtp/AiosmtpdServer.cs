using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>
/// A real SMTP server for tests: Debian's python3-aiosmtpd running scripts/smtp_sink.py on a free loopback port,
/// saving each accepted message to a temporary directory. Skips the test when aiosmtpd is missing (fails under CI).
/// </summary>
public sealed class AiosmtpdServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process _process;
    private readonly string _directory;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();

    private AiosmtpdServer(Process process, string directory, int port)
    {
        _process = process;
        _directory = directory;
        Port = port;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; }

    public string MessageDirectory => Path.Combine(_directory, "messages");

    public static async Task<AiosmtpdServer> StartAsync(AiosmtpdOptions? options = null, CancellationToken cancellationToken = default)
    {
        await EnsureAvailableAsync(cancellationToken);
        var directory = Directory.CreateTempSubdirectory("aiosmtpd-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Smtp", "scripts", "smtp_sink.py"));
        foreach (var argument in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", Path.Combine(directory, "messages") }
                     .Concat((options ?? new AiosmtpdOptions()).ToArguments()))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var server = new AiosmtpdServer(process, directory, port);
        try
        {
            await server.WaitUntilListeningAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>What the server printed (stdout and stderr), for assertion messages.</summary>
    public string Output => string.Join(Environment.NewLine, _output);

    /// <summary>Every message saved so far, in the order the server accepted them.</summary>
    public IReadOnlyList<ReceivedMessage> Received()
    {
        if (!Directory.Exists(MessageDirectory))
        {
            return [];
        }

        return [.. Directory.GetFiles(MessageDirectory, "*.eml").Order(StringComparer.Ordinal).Select(Read)];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private void Collect(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static ReceivedMessage Read(string emlPath)
    {
        using var envelope = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(emlPath, ".json")));
        var root = envelope.RootElement;
        return new ReceivedMessage(
            root.GetProperty("mail_from").GetString() ?? "",
            [.. root.GetProperty("rcpt_tos").EnumerateArray().Select(e => e.GetString() ?? "")],
            File.ReadAllBytes(emlPath));
    }

    private static async Task EnsureAvailableAsync(CancellationToken cancellationToken)
    {
        var available = File.Exists(Python);
        if (available)
        {
            using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"])
            {
                RedirectStandardError = true,
            })!;
            await check.WaitForExitAsync(cancellationToken);
            available = check.ExitCode == 0;
        }

        if (available)
        {
            return;
        }

        const string Reason = "python3-aiosmtpd is not installed (apt-get install -y python3-aiosmtpd)";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(Reason + "; CI must install it.");
        }

        Assert.Skip(Reason);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
                throw new InvalidOperationException($"smtp_sink.py exited with {_process.ExitCode}: {Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        throw new TimeoutException($"smtp_sink.py did not listen on port {Port} within 10 s");
    }
}
