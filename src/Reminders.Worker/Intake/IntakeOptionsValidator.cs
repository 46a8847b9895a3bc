using Microsoft.Extensions.Options;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Intake;

/// <summary>Checks <c>Mail:Intake</c> at start-up once a host is set; each message names its setting, in Spanish.</summary>
public sealed class IntakeOptionsValidator : IValidateOptions<IntakeOptions>
{
    public ValidateOptionsResult Validate(string? name, IntakeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Host))
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (options.Port is < 1 or > 65535)
        {
            errors.Add($"Mail:Intake:Port debe estar entre 1 y 65535 (valor actual: {options.Port}).");
        }

        if (options.Security == ImapSecurity.None && !LoopbackHost.Is(options.Host) && !options.AllowInsecure)
        {
            errors.Add($"Mail:Intake:Security es None pero Mail:Intake:Host ({options.Host}) no es local: use SslOnConnect (puerto 993) "
                + "o StartTls (puerto 143), o ponga Mail:Intake:AllowInsecure en true si de verdad quiere leer el buzón sin cifrar.");
        }

        if (options.TimeoutSeconds is < 1 or > MailOptionsValidator.MaxTimeoutSeconds)
        {
            errors.Add($"Mail:Intake:TimeoutSeconds debe estar entre 1 y {MailOptionsValidator.MaxTimeoutSeconds}; el valor actual es {options.TimeoutSeconds}.");
        }

        if (options.MaxMessagesPerRun is < 1 or > IntakeOptions.MaxMessagesPerRunLimit)
        {
            errors.Add($"Mail:Intake:MaxMessagesPerRun debe estar entre 1 y {IntakeOptions.MaxMessagesPerRunLimit}; el valor actual es {options.MaxMessagesPerRun}.");
        }

        if (options.TrustedCertificatePath.Length > 0 && !File.Exists(options.TrustedCertificatePath))
        {
            errors.Add($"Mail:Intake:TrustedCertificatePath apunta a un archivo que no existe: {options.TrustedCertificatePath}.");
        }

        AddFolderErrors(options, errors);
        AddAuthErrors(options, errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void AddFolderErrors(IntakeOptions options, List<string> errors)
    {
        var folders = new[] { ("Inbox", options.Inbox), ("ProcessedFolder", options.ProcessedFolder), ("RejectedFolder", options.RejectedFolder) };
        foreach (var (setting, value) in folders.Where(f => string.IsNullOrWhiteSpace(f.Item2)))
        {
            errors.Add($"Mail:Intake:{setting} está vacío; indique el nombre de la carpeta del buzón (por ejemplo \"INBOX\", \"Procesados\", \"Rechazados\").");
        }

        var named = folders.Where(f => !string.IsNullOrWhiteSpace(f.Item2)).ToList();
        if (named.Select(f => f.Item2.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() < named.Count)
        {
            errors.Add($"Mail:Intake:Inbox, ProcessedFolder y RejectedFolder deben ser tres carpetas distintas (valores actuales: "
                + $"\"{options.Inbox}\", \"{options.ProcessedFolder}\", \"{options.RejectedFolder}\").");
        }
    }

    private static void AddAuthErrors(IntakeOptions options, List<string> errors)
    {
        var when = $"Mail:Intake:Auth es {options.Auth}";
        MailLoginRules.Require(options.UserName, "Mail:Intake:UserName", when, errors);
        if (options.Auth == IntakeAuthMode.Password)
        {
            MailLoginRules.Require(options.Password, "Mail:Intake:Password (póngalo en la variable de entorno Mail__Intake__Password)", when, errors);
            return;
        }

        MailLoginRules.AddOAuth2Errors(options.OAuth2, "Mail:Intake:OAuth2", when, errors);
    }
}
