namespace Reminders.Worker.Mail;

/// <summary>The <c>Mail:Smtp:OAuth2</c> section.</summary>
public sealed class OAuth2Options
{
    public OAuth2Provider Provider { get; set; } = OAuth2Provider.Microsoft;

    /// <summary>Microsoft: the directory (tenant) id or domain.</summary>
    public string TenantId { get; set; } = "";

    /// <summary>Microsoft: the application (client) id.</summary>
    public string ClientId { get; set; } = "";

    /// <summary>Microsoft: a client secret (a secret: never committed). Either this or a certificate.</summary>
    public string ClientSecret { get; set; } = "";

    /// <summary>Microsoft: a PFX certificate file; Google: the service-account JSON key file.</summary>
    public string CertificatePath { get; set; } = "";

    public string CertificatePassword { get; set; } = "";

    /// <summary>Scopes requested; empty means the provider's default for SMTP.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>Overrides the authority (Microsoft) — for sovereign clouds or tests.</summary>
    public string Authority { get; set; } = "";

    /// <summary>Overrides the token endpoint (Google) — for tests.</summary>
    public string TokenEndpoint { get; set; } = "";
}
