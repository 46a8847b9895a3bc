namespace Reminders.Worker.Mail;

/// <summary>How the SMTP connection is protected (<c>Mail:Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS, which is required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a loopback host, or with <c>Mail:Smtp:AllowInsecure</c>.</summary>
    None,
}
