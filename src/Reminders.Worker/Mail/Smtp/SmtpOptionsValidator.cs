using Microsoft.Extensions.Options;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>Checks the SMTP settings at start-up when SMTP delivery is on (<see cref="MailOptionsValidator"/> checks the rest); messages name the setting.</summary>
public sealed class SmtpOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        if (options.Delivery != MailDeliveryKind.Smtp)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        var smtp = options.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            errors.Add("Mail:Smtp:Host es obligatorio cuando Mail:Delivery es Smtp.");
        }

        if (smtp.Port is < 1 or > 65535)
        {
            errors.Add($"Mail:Smtp:Port debe estar entre 1 y 65535 (valor actual: {smtp.Port}).");
        }

        if (smtp.Security == SmtpSecurity.None && !string.IsNullOrWhiteSpace(smtp.Host)
            && !LoopbackHost.Is(smtp.Host) && !smtp.AllowInsecure)
        {
            errors.Add($"Mail:Smtp:Security es None pero Mail:Smtp:Host ({smtp.Host}) no es local: use StartTls o "
                + "SslOnConnect, o ponga Mail:Smtp:AllowInsecure en true si de verdad quiere enviar sin cifrar.");
        }

        if (smtp.TrustedCertificatePath.Length > 0 && !File.Exists(smtp.TrustedCertificatePath))
        {
            errors.Add($"Mail:Smtp:TrustedCertificatePath apunta a un archivo que no existe: {smtp.TrustedCertificatePath}.");
        }

        AddAuthErrors(smtp, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void AddAuthErrors(SmtpOptions smtp, List<string> errors)
    {
        switch (smtp.EffectiveAuth)
        {
            case SmtpAuthMode.Password:
                Require(smtp.UserName, "Mail:Smtp:UserName", "Mail:Smtp:Auth es Password", errors);
                Require(smtp.Password, "Mail:Smtp:Password", "Mail:Smtp:Auth es Password", errors);
                break;
            case SmtpAuthMode.OAuth2:
                Require(smtp.UserName, "Mail:Smtp:UserName", "Mail:Smtp:Auth es OAuth2", errors);
                AddOAuth2Errors(smtp.OAuth2, errors);
                break;
            default:
                break;
        }
    }

    private static void AddOAuth2Errors(OAuth2Options oauth, List<string> errors)
    {
        const string When = "Mail:Smtp:Auth es OAuth2";
        if (oauth.Provider == OAuth2Provider.Google)
        {
            Require(oauth.CertificatePath, "Mail:Smtp:OAuth2:CertificatePath (la clave JSON de la cuenta de servicio)", When, errors);
            return;
        }

        if (oauth.Authority.Length == 0)
        {
            Require(oauth.TenantId, "Mail:Smtp:OAuth2:TenantId", When, errors);
        }

        Require(oauth.ClientId, "Mail:Smtp:OAuth2:ClientId", When, errors);
        if (string.IsNullOrWhiteSpace(oauth.ClientSecret) && string.IsNullOrWhiteSpace(oauth.CertificatePath))
        {
            errors.Add("Mail:Smtp:OAuth2:ClientSecret o Mail:Smtp:OAuth2:CertificatePath es obligatorio cuando " + When + ".");
        }
    }

    private static void Require(string value, string setting, string when, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{setting} es obligatorio cuando {when}.");
        }
    }
}
