using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// Sends messages as they come over <c>Mail:Smtp:Connections</c> SMTP sessions, each opened at its first message, kept open
/// while the caller claims more, and reopened after a drop,
/// all under one rate limit (<see cref="ISendRateLimiter"/>: this process's own, or the one the composition root shares through the database). Each message is reported as soon as its outcome is known, one report at a time. Stopping lets the message in flight finish (it has its own timeout). Each session has a thread of its own and uses MailKit's blocking calls (<see cref="SmtpSession"/>).
/// </summary>
public sealed class SmtpDelivery : IMailDelivery
{
    private readonly MailOptions _options;
    private readonly ISendRateLimiter _rateLimiter;
    private readonly IOAuth2TokenSource? _tokenSource;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SmtpDelivery> _logger;

    public SmtpDelivery(
        IOptions<MailOptions> options,
        TimeProvider timeProvider,
        ILogger<SmtpDelivery> logger,
        IOAuth2TokenSource? tokenSource = null,
        ISendRateLimiter? rateLimiter = null)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _tokenSource = tokenSource;
        _rateLimiter = rateLimiter ?? new SendRateLimiter(_options.RateLimitPerMinute, timeProvider);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Each session runs on a thread of its own with MailKit's blocking calls (<see cref="SmtpSession"/>); the returned task
    /// completes when every session has ended: the channel is completed and empty, or the run stops. A session that gets
    /// no message never connects. <paramref name="onResult"/> receives <see cref="CancellationToken.None"/>: an outcome
    /// must be recorded even when stopping. A session that cannot be opened gives its message back, unattempted, to the
    /// other sessions and ends (docs/rules.md §10: a server that cannot be reached costs the messages no attempt); when no
    /// session is left to send what remains, <see cref="SmtpSessionException"/> is thrown once every session has ended,
    /// and what was not sent is not reported. When the server refuses the user name and password, it is thrown at once and
    /// the other sessions stop too.
    /// </remarks>
    public async Task SendAsync(
        ChannelReader<OutgoingMail> mails,
        Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mails);
        ArgumentNullException.ThrowIfNull(onResult);
        var shared = new SmtpBatch(mails, onResult);
        // A session that ends with an error (a refused login) stops the others too: they would otherwise go on taking
        // messages for as long as the caller has any.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var sessions = Math.Max(1, _options.Smtp.Connections);
            var workers = new Task[sessions];
            for (var index = 0; index < sessions; index++)
            {
                workers[index] = OnOwnThread(() =>
                {
                    try
                    {
                        RunSession(shared, stop.Token);
                    }
                    catch
                    {
                        stop.Cancel();
                        throw;
                    }
                });
            }

            await Task.WhenAll(workers).ConfigureAwait(false);
            if (shared.Unsent() is { } failure && !cancellationToken.IsCancellationRequested)
            {
                throw new SmtpSessionException(
                    $"{failure.Message} Los mensajes no enviados siguen pendientes en el outbox, sin contar un intento, y se envían en la próxima entrega.",
                    failure.InnerException ?? failure);
            }
        }
        finally
        {
            shared.Dispose();
        }
    }

    /// <summary>
    /// Connects and logs in as a send would, then says goodbye (for <c>reminders check-config</c>). Throws
    /// <see cref="SmtpSessionException"/> with an explanation naming the settings when that fails.
    /// </summary>
    public Task CheckAsync(CancellationToken cancellationToken) => OnOwnThread(() =>
    {
        using var session = new SmtpSession(_options.Smtp, _tokenSource, _logger);
        using var timeout = NewTimeout();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
        session.EnsureOpen(linked.Token);
    });

    /// <summary>
    /// Runs a session's blocking work on a thread of its own, never on a pool thread: the pool's few threads (one per core)
    /// stay free for the recording and the next claim, which the sessions wait for.
    /// </summary>
    private static Task OnOwnThread(Action session) =>
        Task.Factory.StartNew(session, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>One session taking messages from the shared channel until none is left or the run stops.</summary>
    private void RunSession(SmtpBatch shared, CancellationToken cancellationToken)
    {
        using var session = new SmtpSession(_options.Smtp, _tokenSource, _logger);
        shared.Join();
        try
        {
            Send(session, shared, cancellationToken);
        }
        finally
        {
            shared.Leave();
        }
    }

    private void Send(SmtpSession session, SmtpBatch shared, CancellationToken cancellationToken)
    {
        while (shared.TryTake(out var mail, cancellationToken))
        {
            if (!WaitForTurn(shared.Waiting + 1, cancellationToken))
            {
                return;
            }

            if (Open(session) is { } failure)
            {
                // Not attempted: the message goes back to the other sessions, and this one ends. A server that cannot be
                // reached is not the message's fault, so it costs no attempt (docs/rules.md §10).
                shared.GiveBack(mail, failure);
                return;
            }

            var result = SendOne(session, mail);
            if (result.Status == DeliveryStatus.Sent)
            {
                // Handed to the server: the inflated body's buffer goes back to the pool. After a failure it is left
                // to the collector, in case the dropped connection still held it.
                mail.ReleaseBuffer();
            }

            shared.Report(mail, result);
        }
    }

    private bool WaitForTurn(int remaining, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            SmtpLog.Stopped(_logger, remaining);
            return false;
        }

        try
        {
            _rateLimiter.WaitAsync(delay => SmtpLog.RateLimited(_logger, delay), cancellationToken).GetAwaiter().GetResult();
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SmtpLog.Stopped(_logger, remaining);
            return false;
        }
    }

    /// <summary>Opens the session if needed; returns why it cannot be opened, or null when it is open.</summary>
    private SmtpSessionException? Open(SmtpSession session)
    {
        if (session.IsOpen)
        {
            // Open from the previous message: no timeout to arm (a timer made and dropped for each message otherwise).
            return null;
        }

        using var timeout = NewTimeout();
        try
        {
            session.EnsureOpen(timeout.Token);
            return null;
        }
        catch (SmtpSessionException failure)
        {
            // The explanation names the setting to check; the exception's stack says nothing more to an administrator.
            SmtpLog.SessionFailed(_logger, _options.Smtp.Host, _options.Smtp.Port, failure.Message);
            if (failure.InnerException is MailKit.Security.AuthenticationException && _options.Smtp.EffectiveAuth == SmtpAuthMode.Password)
            {
                // A refused user name and password (535) is not a passing fault: the other sessions would be refused too,
                // and retrying may lock the account. Every session stops at once, the batch untouched (no attempt counted),
                // and the caller reports the setting to fix. An OAuth2 token refused ends only this session: the next one
                // gets a fresh token.
                throw;
            }

            return failure;
        }
    }

    /// <summary>Sends one message with its own timeout, never the stopping token, so a send in flight completes.</summary>
    private DeliveryResult SendOne(SmtpSession session, OutgoingMail mail)
    {
        using var timeout = NewTimeout();
        try
        {
            // A stored message goes as its stored bytes; only one that cannot (8bit parts to a server without 8BITMIME) is
            // parsed, re-encoded and formatted again by MailKit.
            var message = (mail.Stored is { } stored ? StoredMessage.TryCreate(stored, session.EightBitMime, session.HeaderParser) : null) ?? mail.Message;
            var reply = session.Send(message, timeout.Token);
            IReadOnlyList<RefusedRecipient> refused = session.Refused.Count == 0 ? [] : [.. session.Refused];
            foreach (var recipient in refused)
            {
                SmtpLog.RecipientRefused(_logger, mail.Id, recipient.Address, recipient.Reply);
            }

            SmtpLog.Sent(_logger, mail.Id, reply);
            return DeliveryResult.Sent(reply, refused);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            var result = SmtpFailureClassifier.Classify(failure, session.AnyRecipientAccepted);
            SmtpLog.NotSent(_logger, mail.Id, result.Status, result.Reply, failure);
            if (failure is not MailKit.Net.Smtp.SmtpCommandException and not AllRecipientsRefusedException)
            {
                session.Drop();
            }

            return result;
        }
    }

    private CancellationTokenSource NewTimeout() =>
        new(TimeSpan.FromSeconds(_options.Smtp.TimeoutSeconds), _timeProvider);
}
