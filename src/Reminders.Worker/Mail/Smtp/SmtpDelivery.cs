using Microsoft.Extensions.Options;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// Sends a batch over one SMTP connection, opened at the first message and reopened after a drop. Each message is
/// reported as soon as its outcome is known. Stopping lets the message in flight finish (it has its own timeout).
/// </summary>
public sealed class SmtpDelivery : IMailDelivery
{
    private readonly MailOptions _options;
    private readonly SendRateLimiter _rateLimiter;
    private readonly IOAuth2TokenSource? _tokenSource;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SmtpDelivery> _logger;

    public SmtpDelivery(
        IOptions<MailOptions> options,
        TimeProvider timeProvider,
        ILogger<SmtpDelivery> logger,
        IOAuth2TokenSource? tokenSource = null)
    {
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _tokenSource = tokenSource;
        _rateLimiter = new SendRateLimiter(_options.RateLimitPerMinute, timeProvider);
    }

    /// <inheritdoc />
    /// <remarks>
    /// <paramref name="onResult"/> receives <see cref="CancellationToken.None"/>: an outcome must be recorded even when
    /// stopping. When the connection cannot be opened, every remaining message gets the same transient result. When the
    /// server refuses the user name and password, <see cref="SmtpSessionException"/> is thrown and the rest of the batch is not reported.
    /// </remarks>
    public async Task SendAsync(
        IReadOnlyList<OutgoingMail> batch,
        Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult,
        CancellationToken cancellationToken)
    {
        var session = new SmtpSession(_options.Smtp, _tokenSource, _logger);
        await using (session.ConfigureAwait(false))
        {
            for (var index = 0; index < batch.Count; index++)
            {
                if (!await WaitForTurnAsync(batch.Count - index, cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                var mail = batch[index];
                var sessionFailure = await OpenAsync(session).ConfigureAwait(false);
                if (sessionFailure is not null)
                {
                    await ReportRestAsync(batch, index, sessionFailure, onResult).ConfigureAwait(false);
                    return;
                }

                var result = await SendOneAsync(session, mail).ConfigureAwait(false);
                await onResult(mail, result, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Connects and logs in as a send would, then says goodbye (for <c>reminders check-config</c>). Throws
    /// <see cref="SmtpSessionException"/> with an explanation naming the settings when that fails.
    /// </summary>
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        var session = new SmtpSession(_options.Smtp, _tokenSource, _logger);
        await using (session.ConfigureAwait(false))
        {
            using var timeout = NewTimeout();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancellationToken);
            await session.EnsureOpenAsync(linked.Token).ConfigureAwait(false);
        }
    }

    private async Task<bool> WaitForTurnAsync(int remaining, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            SmtpLog.Stopped(_logger, remaining);
            return false;
        }

        var delay = _rateLimiter.NextDelay();
        if (delay > TimeSpan.Zero)
        {
            SmtpLog.RateLimited(_logger, delay);
        }

        try
        {
            await _rateLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            SmtpLog.Stopped(_logger, remaining);
            return false;
        }
    }

    /// <summary>Opens the session if needed; returns the transient result for the batch when it cannot be opened.</summary>
    private async Task<DeliveryResult?> OpenAsync(SmtpSession session)
    {
        using var timeout = NewTimeout();
        try
        {
            await session.EnsureOpenAsync(timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (SmtpSessionException failure)
        {
            SmtpLog.SessionFailed(_logger, _options.Smtp.Host, _options.Smtp.Port, failure.Message, failure);
            if (failure.InnerException is MailKit.Security.AuthenticationException && _options.Smtp.EffectiveAuth == SmtpAuthMode.Password)
            {
                // A refused user name and password (535) is not a passing fault: retrying for hours sends nothing and may
                // lock the account. The batch stops untouched (no attempt counted) and the caller reports the setting to
                // fix. An OAuth2 token refused stays transient: the next attempt gets a fresh token.
                throw;
            }

            return DeliveryResult.Transient(failure.Message);
        }
    }

    /// <summary>Sends one message with its own timeout, never the stopping token, so a send in flight completes.</summary>
    private async Task<DeliveryResult> SendOneAsync(SmtpSession session, OutgoingMail mail)
    {
        using var timeout = NewTimeout();
        try
        {
            var (reply, refused) = await session.SendAsync(mail.Message, timeout.Token).ConfigureAwait(false);
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
                await session.DropAsync().ConfigureAwait(false);
            }

            return result;
        }
    }

    private CancellationTokenSource NewTimeout() =>
        new(TimeSpan.FromSeconds(_options.Smtp.TimeoutSeconds), _timeProvider);

    private static async Task ReportRestAsync(
        IReadOnlyList<OutgoingMail> batch,
        int from,
        DeliveryResult result,
        Func<OutgoingMail, DeliveryResult, CancellationToken, Task> onResult)
    {
        for (var index = from; index < batch.Count; index++)
        {
            await onResult(batch[index], result, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
