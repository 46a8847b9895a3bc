namespace Reminders.Worker.Mail.Smtp.OAuth;

/// <summary>The token source an OAuth2 login asks for, by provider; shared by SMTP and the reply mailbox.</summary>
public static class OAuth2TokenSources
{
    /// <summary>Google's service-account source (acting for <paramref name="userName"/>) or Microsoft's client-credentials source.</summary>
    public static IOAuth2TokenSource For(OAuth2Options oauth, string userName)
    {
        ArgumentNullException.ThrowIfNull(oauth);
        return oauth.Provider == OAuth2Provider.Google ? new GoogleTokenSource(oauth, userName) : new MicrosoftTokenSource(oauth);
    }
}
