namespace Reminders.Worker.Mail.Smtp.OAuth;

/// <summary>Gives an access token for SMTP XOAUTH2 (cached and renewed by the implementation).</summary>
public interface IOAuth2TokenSource
{
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
