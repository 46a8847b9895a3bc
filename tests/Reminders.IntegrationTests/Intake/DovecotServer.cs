using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using MimeKit;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Intake;

/// <summary>
/// A real IMAP server for tests: Debian's <c>dovecot-imapd</c> started in the foreground on 127.0.0.1 and a free port, with
/// a generated configuration in a temporary folder (one user from a passwd-file, maildir storage there, TLS with a
/// self-signed certificate, STARTTLS required). As root its processes run as the package's <c>dovecot</c> and
/// <c>dovenull</c> users, as Dovecot requires; otherwise as the current user. Dovecot cannot report a port it chose, so
/// should another process take the port first, the start is tried again on another one. Skips the test when Dovecot is
/// missing (fails when peers are required, see <see cref="Peers"/>).
/// </summary>
public sealed class DovecotServer : IAsyncDisposable
{
    private const string Binary = "/usr/sbin/dovecot";
    private const int StartAttempts = 5;
    private readonly string directory;
    private Process? process;

    private DovecotServer(string directory, TestCertificate certificate)
    {
        this.directory = directory;
        Certificate = certificate;
    }

    public string Host { get; } = "127.0.0.1";

    public int Port { get; private set; }

    public string UserName { get; } = "respuestas";

    public string Password { get; } = Guid.NewGuid().ToString("N");

    public TestCertificate Certificate { get; }

    private string Log => Path.Combine(directory, "dovecot.log");

    public static async Task<DovecotServer> StartAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(Binary))
        {
            Peers.Missing("dovecot-imapd is not installed (apt-get install -y dovecot-imapd)");
        }

        var directory = Directory.CreateTempSubdirectory("dovecot-").FullName;
        var server = new DovecotServer(directory, TestCertificate.Create(Path.Combine(directory, "tls")));
        try
        {
            await server.StartProcessAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Puts <paramref name="message"/> in the inbox (IMAP APPEND), as a mail server delivering it would.</summary>
    public async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        await client.Inbox.AppendAsync(message, MessageFlags.None, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }

    /// <summary>The subjects of the messages in <paramref name="folder"/> (none when it does not exist).</summary>
    public async Task<IReadOnlyList<string>> SubjectsAsync(string folder, CancellationToken cancellationToken)
    {
        using var client = await ConnectAsync(cancellationToken);
        IMailFolder box;
        try
        {
            box = await client.GetFolderAsync(folder, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            return [];
        }

        await box.OpenAsync(FolderAccess.ReadOnly, cancellationToken);
        var subjects = new List<string>();
        foreach (var uid in await box.SearchAsync(SearchQuery.All, cancellationToken))
        {
            subjects.Add((await box.GetMessageAsync(uid, cancellationToken)).Subject ?? "");
        }

        await client.DisconnectAsync(true, cancellationToken);
        return subjects;
    }

    /// <summary>The <c>Mail:Intake</c> settings that reach this server (STARTTLS, its certificate trusted).</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Mail:Intake:Host"] = Host,
        ["Mail:Intake:Port"] = Port.ToString(CultureInfo.InvariantCulture),
        ["Mail:Intake:Security"] = "StartTls",
        ["Mail:Intake:TrustedCertificatePath"] = Certificate.CertificatePath,
        ["Mail:Intake:CheckCertificateRevocation"] = "false",
        ["Mail:Intake:UserName"] = UserName,
        ["Mail:Intake:Password"] = Password,
        ["Mail:Intake:TimeoutSeconds"] = "20",
    };

    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        TempDirectory.Delete(directory);
    }

    private async Task<ImapClient> ConnectAsync(CancellationToken cancellationToken)
    {
        using var trusted = X509CertificateLoader.LoadCertificateFromFile(Certificate.CertificatePath);
        var raw = trusted.RawData;
        var client = new ImapClient { Timeout = 20_000, CheckCertificateRevocation = false };
        client.ServerCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetRawCertData().AsSpan().SequenceEqual(raw);
        await client.ConnectAsync(Host, Port, SecureSocketOptions.StartTls, cancellationToken);
        await client.AuthenticateAsync(UserName, Password, cancellationToken);
        return client;
    }

    private async Task StartProcessAsync(CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("Dovecot runs on Linux only");
        }

        var root = Environment.UserName == "root";
        var (mailUid, mailGid) = root ? Account("dovecot") : Account(Environment.UserName);
        var mail = Path.Combine(directory, "mail");
        Directory.CreateDirectory(mail);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (root)
        {
            await RunAsync("chown", ["-R", "dovecot:dovecot", mail], cancellationToken);
        }

        await File.WriteAllTextAsync(
            Path.Combine(directory, "passwd"), $"{UserName}:{{PLAIN}}{Password}:{mailUid}:{mailGid}::{mail}/{UserName}\n", cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            Port = FreePort();
            var config = Path.Combine(directory, "dovecot.conf");
            await File.WriteAllTextAsync(config, Configuration(root, mail), cancellationToken);
            var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-F", "-c", config })
            {
                start.ArgumentList.Add(argument);
            }

            process = Process.Start(start) ?? throw new InvalidOperationException("dovecot did not start");
            if (await ListeningAsync(cancellationToken))
            {
                return;
            }

            var log = File.Exists(Log) ? await File.ReadAllTextAsync(Log, cancellationToken) : "";
            var output = await process.StandardError.ReadToEndAsync(cancellationToken);
            process.Dispose();
            process = null;
            if (attempt >= StartAttempts || !(log + output).Contains("Address already in use", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"dovecot did not start: {output} {log}");
            }
        }
    }

    private string Configuration(bool root, string mail)
    {
        var user = root ? "dovecot" : Environment.UserName;
        return $$"""
            base_dir = {{directory}}/run
            state_dir = {{directory}}/state
            log_path = {{Log}}
            protocols = imap
            listen = 127.0.0.1
            ssl = required
            ssl_cert = <{{Certificate.CertificatePath}}
            ssl_key = <{{Certificate.KeyPath}}
            default_login_user = {{(root ? "dovenull" : user)}}
            default_internal_user = {{user}}
            default_internal_group = {{(root ? "dovecot" : Group())}}
            mail_location = maildir:{{mail}}/%u
            first_valid_uid = 1
            auth_mechanisms = plain
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u {{directory}}/passwd
            }
            userdb {
              driver = passwd-file
              args = username_format=%u {{directory}}/passwd
            }
            service imap-login {
              chroot =
              inet_listener imap {
                address = 127.0.0.1
                port = {{Port}}
              }
              inet_listener imaps {
                port = 0
              }
            }
            service anvil {
              chroot =
            }
            service stats {
              chroot =
            }
            """;
    }

    /// <summary>Waits until the server accepts a connection, or its process exits (false).</summary>
    private async Task<bool> ListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process!.HasExited)
            {
                return false;
            }

            try
            {
                using var socket = new TcpClient();
                await socket.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(50, cancellationToken);
            }
        }

        throw new TimeoutException($"dovecot did not listen on port {Port} within 30 s");
    }

    private static (string Uid, string Gid) Account(string name)
    {
        var line = File.ReadLines("/etc/passwd").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"no account {name} in /etc/passwd (is dovecot-core installed?)");
        var fields = line.Split(':');
        return (fields[2], fields[3]);
    }

    private static string Group()
    {
        var gid = Account(Environment.UserName).Gid;
        return File.ReadLines("/etc/group").Select(l => l.Split(':')).FirstOrDefault(f => f.Length > 2 && f[2] == gid)?[0]
            ?? throw new InvalidOperationException($"no group with id {gid} in /etc/group");
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var run = Process.Start(start)!;
        var error = run.StandardError.ReadToEndAsync(cancellationToken);
        await run.WaitForExitAsync(cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({run.ExitCode}): {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
