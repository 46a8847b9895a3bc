namespace Reminders.Worker.Mail;

/// <summary>The <c>Mail:Smtp</c> section.</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>Allows <see cref="SmtpSecurity.None"/> towards a host that is not loopback.</summary>
    public bool AllowInsecure { get; set; }

    public SmtpAuthMode Auth { get; set; } = SmtpAuthMode.Auto;

    public string UserName { get; set; } = "";

    /// <summary>A secret: from environment variables, user secrets or systemd credentials, never committed.</summary>
    public string Password { get; set; } = "";

    /// <summary>A PEM/CRT file with a server certificate or CA trusted in addition to the system store.</summary>
    public string TrustedCertificatePath { get; set; } = "";

    public bool CheckCertificateRevocation { get; set; } = true;

    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>SMTP sessions a delivery opens in parallel (1 to <see cref="MaxConnections"/>); the rate limit spans them all.</summary>
    public int Connections { get; set; } = 1;

    public const int MaxConnections = 16;

    public OAuth2Options OAuth2 { get; set; } = new();

    /// <summary>The mode in force once <see cref="SmtpAuthMode.Auto"/> is resolved.</summary>
    public SmtpAuthMode EffectiveAuth => Auth switch
    {
        SmtpAuthMode.Auto => string.IsNullOrWhiteSpace(UserName) ? SmtpAuthMode.None : SmtpAuthMode.Password,
        _ => Auth,
    };
}
