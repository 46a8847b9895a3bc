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

        if (smtp.Connections is < 1 or > SmtpOptions.MaxConnections)
        {
            errors.Add($"Mail:Smtp:Connections ({smtp.Connections}) debe estar entre 1 y {SmtpOptions.MaxConnections}: "
                + "es el número de sesiones SMTP en paralelo; use 1 si el servidor limita las conexiones.");
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
                MailLoginRules.Require(smtp.UserName, "Mail:Smtp:UserName", "Mail:Smtp:Auth es Password", errors);
                MailLoginRules.Require(smtp.Password, "Mail:Smtp:Password", "Mail:Smtp:Auth es Password", errors);
                break;
            case SmtpAuthMode.OAuth2:
                MailLoginRules.Require(smtp.UserName, "Mail:Smtp:UserName", "Mail:Smtp:Auth es OAuth2", errors);
                MailLoginRules.AddOAuth2Errors(smtp.OAuth2, "Mail:Smtp:OAuth2", "Mail:Smtp:Auth es OAuth2", errors);
                break;
            default:
                break;
        }
    }
}
