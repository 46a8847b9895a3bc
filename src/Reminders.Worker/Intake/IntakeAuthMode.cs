namespace Reminders.Worker.Intake;

/// <summary>How the service logs in to the intake mailbox (<c>Mail:Intake:Auth</c>).</summary>
public enum IntakeAuthMode
{
    /// <summary><c>Mail:Intake:UserName</c> and <c>Mail:Intake:Password</c>.</summary>
    Password,

    /// <summary>XOAUTH2 with an access token from <c>Mail:Intake:OAuth2</c> (Microsoft 365 or Google, as for SMTP).</summary>
    OAuth2,
}
