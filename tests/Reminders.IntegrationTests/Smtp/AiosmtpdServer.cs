using System.Diagnostics;
using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>
/// A real SMTP server for tests: Debian's python3-aiosmtpd running scripts/smtp_sink.py on loopback, saving each
/// accepted message to a temporary directory. The script binds port 0 and prints the port the system gave it
/// (<c>READY port</c>), so no other process can take the port between a reservation and the bind. Skips the test when
/// aiosmtpd is missing (fails when peers are required, see <see cref="Peers"/>).
/// </summary>
public sealed class AiosmtpdServer : IAsyncDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly Process _process;
    private readonly string _directory;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<int> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AiosmtpdServer(Process process, string directory)
    {
        _process = process;
        _directory = directory;
        _process.OutputDataReceived += (_, e) => Collect(e.Data);
        _process.ErrorDataReceived += (_, e) => Collect(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; private set; }

    public string MessageDirectory => Path.Combine(_directory, "messages");

    public static async Task<AiosmtpdServer> StartAsync(AiosmtpdOptions? options = null, CancellationToken cancellationToken = default)
    {
        await EnsureAvailableAsync(cancellationToken);
        var directory = Directory.CreateTempSubdirectory("aiosmtpd-").FullName;
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Smtp", "scripts", "smtp_sink.py"));
        foreach (var argument in new[] { "--port", "0", "--out", Path.Combine(directory, "messages") }
                     .Concat((options ?? new AiosmtpdOptions()).ToArguments()))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var server = new AiosmtpdServer(process, directory);
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
        if (line is null)
        {
            // The stream closed: the script exited (before or after it was ready).
            _ready.TrySetException(new InvalidOperationException("smtp_sink.py exited before it was ready"));
            return;
        }

        _output.Enqueue(line);
        if (line.StartsWith("READY ", StringComparison.Ordinal)
            && int.TryParse(line.AsSpan("READY ".Length), System.Globalization.CultureInfo.InvariantCulture, out var port))
        {
            _ready.TrySetResult(port);
        }
    }

    private static ReceivedMessage Read(string emlPath)
    {
        using var envelope = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(emlPath, ".json")));
        var root = envelope.RootElement;
        return new ReceivedMessage(
            root.GetProperty("mail_from").GetString() ?? "",
            [.. root.GetProperty("rcpt_tos").EnumerateArray().Select(e => e.GetString() ?? "")],
            File.ReadAllBytes(emlPath))
        {
            Command = root.GetProperty("command").GetString() ?? "",
            MailOptions = [.. root.GetProperty("mail_options").EnumerateArray().Select(e => e.GetString() ?? "")],
            Peer = root.GetProperty("peer").GetString() ?? "",
        };
    }

    private static async Task EnsureAvailableAsync(CancellationToken cancellationToken)
    {
        var available = File.Exists(Python);
        if (available)
        {
            using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd.controller"])
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

        Peers.Missing("python3-aiosmtpd is not installed (apt-get install -y python3-aiosmtpd)");
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        try
        {
            // The script prints READY once its listener is bound and has answered a first connection.
            Port = await _ready.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (Exception e) when (e is InvalidOperationException or TimeoutException)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
            }

            throw new InvalidOperationException($"smtp_sink.py did not get ready ({e.Message}): {Output}", e);
        }
    }
}
