namespace Reminders.Worker.Mail;

/// <summary>
/// The settings a mail login needs (user name, password, OAuth2), checked the same way for SMTP (<c>Mail:Smtp:OAuth2</c>) and the reply mailbox
/// (<c>Mail:Intake:OAuth2</c>); each message names the setting.
/// </summary>
public static class MailLoginRules
{
    /// <summary>Adds one Spanish line per missing setting of <paramref name="oauth"/>, found under <paramref name="section"/>.</summary>
    /// <param name="oauth">The OAuth2 settings.</param>
    /// <param name="section">Where they live, e.g. <c>Mail:Smtp:OAuth2</c>.</param>
    /// <param name="when">The condition that makes them needed, e.g. <c>Mail:Smtp:Auth es OAuth2</c>.</param>
    /// <param name="errors">Where the lines go.</param>
    public static void AddOAuth2Errors(OAuth2Options oauth, string section, string when, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(oauth);
        ArgumentNullException.ThrowIfNull(errors);
        if (oauth.Provider == OAuth2Provider.Google)
        {
            Require(oauth.CertificatePath, $"{section}:CertificatePath (la clave JSON de la cuenta de servicio)", when, errors);
            return;
        }

        if (oauth.Authority.Length == 0)
        {
            Require(oauth.TenantId, $"{section}:TenantId", when, errors);
        }

        Require(oauth.ClientId, $"{section}:ClientId", when, errors);
        if (string.IsNullOrWhiteSpace(oauth.ClientSecret) && string.IsNullOrWhiteSpace(oauth.CertificatePath))
        {
            errors.Add($"{section}:ClientSecret o {section}:CertificatePath es obligatorio cuando {when}.");
        }
    }

    /// <summary>Adds "<paramref name="setting"/> es obligatorio cuando <paramref name="when"/>." when the value is blank.</summary>
    public static void Require(string value, string setting, string when, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{setting} es obligatorio cuando {when}.");
        }
    }
}
