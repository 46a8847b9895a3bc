using Reminders.Worker.Mail;

namespace Reminders.Worker.Intake;

/// <summary>
/// The <c>Mail:Intake</c> section: the IMAP mailbox the "Reportar cumplimiento" and "Reportar avance" replies arrive in
/// (docs/mail.md). Read only when <c>Schedules:Intake</c> is set.
/// </summary>
public sealed class IntakeOptions
{
    public const string Section = "Mail:Intake";

    public string Host { get; set; } = "";

    /// <summary>993 for <see cref="ImapSecurity.SslOnConnect"/>, 143 for <see cref="ImapSecurity.StartTls"/>.</summary>
    public int Port { get; set; } = 993;

    public ImapSecurity Security { get; set; } = ImapSecurity.SslOnConnect;

    /// <summary>Allows <see cref="ImapSecurity.None"/> towards a host that is not loopback.</summary>
    public bool AllowInsecure { get; set; }

    public IntakeAuthMode Auth { get; set; } = IntakeAuthMode.Password;

    public string UserName { get; set; } = "";

    /// <summary>A secret: from environment variables (<c>Mail__Intake__Password</c>) or systemd credentials, never committed.</summary>
    public string Password { get; set; } = "";

    /// <summary>For <see cref="IntakeAuthMode.OAuth2"/>: the same settings as <c>Mail:Smtp:OAuth2</c> (the same app registration may serve both).</summary>
    public OAuth2Options OAuth2 { get; set; } = new();

    /// <summary>A PEM/CRT file with a server certificate or CA trusted in addition to the system store.</summary>
    public string TrustedCertificatePath { get; set; } = "";

    public bool CheckCertificateRevocation { get; set; } = true;

    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>The folder the replies arrive in.</summary>
    public string Inbox { get; set; } = "INBOX";

    /// <summary>Where a reply goes once recorded (created when missing).</summary>
    public string ProcessedFolder { get; set; } = "Procesados";

    /// <summary>Where every other message goes: refused replies, automatic answers (created when missing).</summary>
    public string RejectedFolder { get; set; } = "Rechazados";

    /// <summary>At most this many messages are read per run; the rest wait for the next one.</summary>
    public int MaxMessagesPerRun { get; set; } = 200;

    public const int MaxMessagesPerRunLimit = 10_000;
}
