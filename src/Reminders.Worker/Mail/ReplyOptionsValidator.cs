using Microsoft.Extensions.Options;
using MimeKit;

namespace Reminders.Worker.Mail;

/// <summary>Checks <c>Mail:Replies</c> at start-up; messages name the setting and say what to do.</summary>
public sealed class ReplyOptionsValidator : IValidateOptions<MailOptions>
{
    public const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var replies = options.Replies;
        var errors = new List<string>();
        if (replies.Address.Length > 0
            && !(MailboxAddress.TryParse(replies.Address, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal)))
        {
            errors.Add($"Mail:Replies:Address debe ser una dirección de correo válida, p. ej. respuestas.paac@entidad.gov.co (valor actual: \"{replies.Address}\").");
        }

        if (replies.Secret.Length > 0 && replies.Secret.Length < MinimumSecretLength)
        {
            errors.Add($"Mail:Replies:Secret debe tener al menos {MinimumSecretLength} caracteres (tiene {replies.Secret.Length}); "
                + "genere uno con «openssl rand -base64 48» y póngalo en la variable de entorno Mail__Replies__Secret.");
        }

        if (replies.Address.Length > 0 && replies.Secret.Length == 0)
        {
            errors.Add("Mail:Replies:Address está configurada pero falta Mail:Replies:Secret: sin él los correos no llevan enlaces para "
                + "reportar; póngalo en la variable de entorno Mail__Replies__Secret (al menos 32 caracteres).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
