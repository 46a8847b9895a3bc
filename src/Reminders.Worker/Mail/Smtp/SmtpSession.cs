using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// One SMTP connection reused for a batch: opened and authenticated lazily, reopened after a drop. Used by one thread of
/// its own (<see cref="SmtpDelivery"/>) through MailKit's blocking calls: each reply is awaited in the kernel by the thread
/// that sent the command, with no hand-off to the socket engine and the thread pool (docs/benchmarks.md, "Delivery",
/// seventh round). A blocking call answers no cancellation token, so each call's token (its timeout) closes the socket
/// instead, which ends the call; what it threw is then reported as the timeout it was.
/// </summary>
internal sealed class SmtpSession(SmtpOptions options, IOAuth2TokenSource? tokenSource, ILogger logger) : IDisposable
{
    private const string TimedOut = "The SMTP server did not answer in time.";

    private readonly RecipientTrackingSmtpClient _client = CreateClient(options);
    private Socket? _socket;

    /// <summary>
    /// Parses the header block of each stored message this session sends (<see cref="StoredMessage"/>), reusing its buffers.
    /// </summary>
    public MimeParser HeaderParser { get; } = new(Stream.Null, MimeFormat.Entity);

    public bool AnyRecipientAccepted => _client.AnyRecipientAccepted;

    /// <summary>Whether the server offers 8BITMIME (known once the session is open).</summary>
    public bool EightBitMime => (_client.Capabilities & SmtpCapabilities.EightBitMime) != 0;

    /// <summary>Whether the session is connected (and authenticated, when the settings ask for it).</summary>
    public bool IsOpen => _client.IsConnected && (_client.IsAuthenticated || options.EffectiveAuth == SmtpAuthMode.None);

    /// <summary>The recipients the server refused in the last <see cref="Send"/> (until the next one).</summary>
    public IReadOnlyList<RefusedRecipient> Refused => _client.Refused;

    /// <summary>Connects and authenticates unless already connected; failures become <see cref="SmtpSessionException"/>.</summary>
    public void EnsureOpen(CancellationToken cancellationToken)
    {
        if (IsOpen)
        {
            return;
        }

        try
        {
            Drop();
            SmtpLog.Connecting(logger, options.Host, options.Port, options.Security);
            var socket = NoDelaySocket.Connect(options.Host, options.Port, cancellationToken);
            _socket = socket;
            // MailKit's own socket keeps Nagle's algorithm on, which holds each small command back until the previous
            // segment is acknowledged and caps one loopback session near 22 messages per second (docs/benchmarks.md).
            // The coalescing stream sends each flush in one piece instead of MailKit's 4 KB blocks.
            Guarded(
                () => _client.Connect(new CoalescingStream(new NetworkStream(socket, ownsSocket: true)), options.Host, options.Port, SocketOptions(), cancellationToken),
                cancellationToken);
            Authenticate(cancellationToken);
            SmtpLog.Connected(logger, options.Host, options.Port, options.EffectiveAuth);
        }
        catch (Exception failure) when (failure is not SmtpSessionException)
        {
            Drop();
            throw SmtpSessionFailure.Explain(failure, options);
        }
    }

    /// <summary>
    /// Sends one message; returns the server's reply. <see cref="Refused"/> then holds the recipients the server refused.
    /// <paramref name="cancellationToken"/> is the message's timeout: when it fires the connection is closed and
    /// <see cref="OperationCanceledException"/> is thrown.
    /// </summary>
    public string Send(MimeMessage message, CancellationToken cancellationToken)
    {
        _client.BeginMessage();
        return Guarded(() => _client.Send(message, cancellationToken), cancellationToken);
    }

    /// <summary>Closes the connection without QUIT, after an error that leaves its state unknown.</summary>
    public void Drop()
    {
        if (_client.IsConnected)
        {
            try
            {
                _client.Disconnect(quit: false);
            }
            catch (Exception failure) when (failure is IOException or SmtpProtocolException or OperationCanceledException or ObjectDisposedException)
            {
                SmtpLog.QuitFailed(logger, failure);
            }
        }

        _socket?.Dispose();
        _socket = null;
    }

    /// <summary>Says goodbye (QUIT, within the timeout) and closes the connection.</summary>
    public void Dispose()
    {
        if (_client.IsConnected)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds));
            try
            {
                Guarded(() => _client.Disconnect(quit: true, timeout.Token), timeout.Token);
            }
            catch (Exception failure) when (failure is IOException or SmtpProtocolException or SmtpCommandException
                                                or OperationCanceledException or ObjectDisposedException)
            {
                SmtpLog.QuitFailed(logger, failure);
            }
        }

        _socket?.Dispose();
        _client.Dispose();
    }

    private void Authenticate(CancellationToken cancellationToken)
    {
        switch (options.EffectiveAuth)
        {
            case SmtpAuthMode.Password:
                Guarded(() => _client.Authenticate(options.UserName, options.Password, cancellationToken), cancellationToken);
                break;
            case SmtpAuthMode.OAuth2:
                var source = tokenSource ?? throw new InvalidOperationException("No OAuth2 token source is registered.");
                // The token comes over HTTP, not over this connection: waited for on this session's own thread.
                var token = source.GetAccessTokenAsync(cancellationToken).GetAwaiter().GetResult();
                Guarded(() => _client.Authenticate(new SaslMechanismOAuth2(options.UserName, token), cancellationToken), cancellationToken);
                break;
            default:
                break;
        }
    }

    /// <summary>Runs a blocking call on the connection; <paramref name="cancellationToken"/> shuts the socket down under it (<see cref="BlockingCall"/>).</summary>
    private void Guarded(Action call, CancellationToken cancellationToken) =>
        BlockingCall.Run(call, Abort, TimedOut, cancellationToken);

    /// <inheritdoc cref="Guarded(Action, CancellationToken)"/>
    private T Guarded<T>(Func<T> call, CancellationToken cancellationToken) =>
        BlockingCall.Run(call, Abort, TimedOut, cancellationToken);

    /// <summary>
    /// Ends a blocked call: shuts the connection down, which wakes the thread waiting on it on Linux, and closes the socket,
    /// which does on Windows. The call then throws; the session is dropped after it.
    /// </summary>
    private void Abort()
    {
        if (_socket is { } socket)
        {
            try
            {
                socket.Shutdown(SocketShutdown.Both);
            }
            catch (Exception failure) when (failure is SocketException or ObjectDisposedException)
            {
                // Already shut down or closed.
            }

            socket.Dispose();
        }
    }

    private SecureSocketOptions SocketOptions() => options.Security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTls,
    };

    private static RecipientTrackingSmtpClient CreateClient(SmtpOptions options) => new()
    {
        Timeout = checked(options.TimeoutSeconds * 1000),
        CheckCertificateRevocation = options.CheckCertificateRevocation,
        ServerCertificateValidationCallback = ServerCertificateTrust.CallbackFor(options),
    };
}
