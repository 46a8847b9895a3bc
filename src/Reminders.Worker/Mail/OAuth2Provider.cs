namespace Reminders.Worker.Mail;

/// <summary>Who issues the XOAUTH2 access tokens (<c>Mail:Smtp:OAuth2:Provider</c>).</summary>
public enum OAuth2Provider
{
    /// <summary>Microsoft Entra ID (Office 365), client-credentials flow.</summary>
    Microsoft,

    /// <summary>Google Workspace service account with domain-wide delegation.</summary>
    Google,
}
