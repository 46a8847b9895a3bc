namespace Reminders.Worker.Mail;

/// <summary>How the service authenticates to the SMTP server (<c>Mail:Smtp:Auth</c>).</summary>
public enum SmtpAuthMode
{
    /// <summary><see cref="Password"/> when <c>Mail:Smtp:UserName</c> is set, otherwise <see cref="None"/>.</summary>
    Auto,

    None,

    /// <summary>User name and password with the best mechanism the server offers.</summary>
    Password,

    /// <summary>XOAUTH2 with an access token from <c>Mail:Smtp:OAuth2</c>.</summary>
    OAuth2,
}
