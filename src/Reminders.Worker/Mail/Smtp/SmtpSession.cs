using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>One SMTP connection reused for a batch: opened and authenticated lazily, reopened after a drop.</summary>
internal sealed class SmtpSession(SmtpOptions options, IOAuth2TokenSource? tokenSource, ILogger logger) : IAsyncDisposable
{
    private readonly RecipientTrackingSmtpClient _client = CreateClient(options);

    public bool AnyRecipientAccepted => _client.AnyRecipientAccepted;

    /// <summary>Whether the server offers 8BITMIME (known once the session is open).</summary>
    public bool EightBitMime => (_client.Capabilities & SmtpCapabilities.EightBitMime) != 0;

    /// <summary>Whether the session is connected (and authenticated, when the settings ask for it).</summary>
    public bool IsOpen => _client.IsConnected && (_client.IsAuthenticated || options.EffectiveAuth == SmtpAuthMode.None);

    /// <summary>Connects and authenticates unless already connected; failures become <see cref="SmtpSessionException"/>.</summary>
    public async Task EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (IsOpen)
        {
            return;
        }

        try
        {
            await DropAsync().ConfigureAwait(false);
            SmtpLog.Connecting(logger, options.Host, options.Port, options.Security);
            var socket = await NoDelaySocket.ConnectAsync(options.Host, options.Port, cancellationToken).ConfigureAwait(false);
            try
            {
                // MailKit's own socket keeps Nagle's algorithm on, which holds each small command back until the previous
                // segment is acknowledged and caps one loopback session near 22 messages per second (docs/benchmarks.md).
                // The coalescing stream sends each flush in one piece instead of MailKit's 4 KB blocks.
                await _client.ConnectAsync(
                    new CoalescingStream(new NetworkStream(socket, ownsSocket: true)), options.Host, options.Port, SocketOptions(), cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            await AuthenticateAsync(cancellationToken).ConfigureAwait(false);
            SmtpLog.Connected(logger, options.Host, options.Port, options.EffectiveAuth);
        }
        catch (Exception failure) when (failure is not SmtpSessionException)
        {
            await DropAsync().ConfigureAwait(false);
            throw SmtpSessionFailure.Explain(failure, options);
        }
    }

    /// <summary>The recipients the server refused in the last <see cref="SendAsync"/> (until the next one).</summary>
    public IReadOnlyList<RefusedRecipient> Refused => _client.Refused;

    /// <summary>
    /// Sends one message; returns the server's reply. MailKit's own task, with no state machine of ours around it (one
    /// continuation fewer per message, docs/benchmarks.md "Delivery"); <see cref="Refused"/> then holds the recipients
    /// the server refused.
    /// </summary>
    public Task<string> SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        _client.BeginMessage();
        return _client.SendAsync(message, cancellationToken);
    }

    /// <summary>Closes the connection without QUIT, after an error that leaves its state unknown.</summary>
    public async Task DropAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                await _client.DisconnectAsync(quit: false).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is IOException or SmtpProtocolException or OperationCanceledException)
            {
                SmtpLog.QuitFailed(logger, failure);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.TimeoutSeconds));
            try
            {
                await _client.DisconnectAsync(quit: true, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception failure) when (failure is IOException or SmtpProtocolException or SmtpCommandException
                                                or OperationCanceledException)
            {
                SmtpLog.QuitFailed(logger, failure);
            }
        }

        _client.Dispose();
    }

    private async Task AuthenticateAsync(CancellationToken cancellationToken)
    {
        switch (options.EffectiveAuth)
        {
            case SmtpAuthMode.Password:
                await _client.AuthenticateAsync(options.UserName, options.Password, cancellationToken).ConfigureAwait(false);
                break;
            case SmtpAuthMode.OAuth2:
                var source = tokenSource ?? throw new InvalidOperationException("No OAuth2 token source is registered.");
                var token = await source.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
                await _client.AuthenticateAsync(new SaslMechanismOAuth2(options.UserName, token), cancellationToken)
                    .ConfigureAwait(false);
                break;
            default:
                break;
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
