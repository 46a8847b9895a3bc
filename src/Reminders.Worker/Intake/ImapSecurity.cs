namespace Reminders.Worker.Intake;

/// <summary>How the IMAP connection is protected (<c>Mail:Intake:Security</c>).</summary>
public enum ImapSecurity
{
    /// <summary>TLS from the first byte (port 993).</summary>
    SslOnConnect,

    /// <summary>Plain connection upgraded with STARTTLS, which is required (port 143).</summary>
    StartTls,

    /// <summary>No encryption: only for a loopback host, or with <c>Mail:Intake:AllowInsecure</c>.</summary>
    None,
}
