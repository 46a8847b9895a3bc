using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Core.Text;

namespace Reminders.Worker.Mail;

/// <summary>
/// Checks the <c>Mail</c> settings every delivery uses (the sender, retries, the rate limit, the SMTP timeout);
/// <see cref="Smtp.SmtpOptionsValidator"/> adds the SMTP-only ones. Each failure names its setting, in Spanish.
/// </summary>
public sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    /// <summary>The largest rate limit accepted: 100 messages a second is already beyond any mail server's patience.</summary>
    public const int MaxRateLimitPerMinute = 6000;

    public const int MaxAttemptsLimit = 100;

    /// <summary>A day: the first retry later than that would outlive the digest it carries.</summary>
    public const int MaxRetryBaseSeconds = 86_400;

    /// <summary>Ten minutes: longer than any SMTP command needs, and within the socket timeout's range.</summary>
    public const int MaxTimeoutSeconds = 600;

    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        var errors = new List<string>();
        if (!IsMailbox(options.From))
        {
            errors.Add($"Mail:From: «{options.From}» no es una dirección de correo válida; use por ejemplo \"PAAC <paac@entidad.gov.co>\".");
        }

        Range(errors, "Mail:RateLimitPerMinute", options.RateLimitPerMinute, 0, MaxRateLimitPerMinute, " (0 significa sin límite)");
        Range(errors, "Mail:MaxAttempts", options.MaxAttempts, 1, MaxAttemptsLimit, "");
        Range(errors, "Mail:RetryBaseSeconds", options.RetryBaseSeconds, 1, MaxRetryBaseSeconds, "");
        Range(errors, "Mail:Smtp:TimeoutSeconds", options.Smtp.TimeoutSeconds, 1, MaxTimeoutSeconds, "");
        if (string.IsNullOrWhiteSpace(options.PickupDirectory) && options.Delivery == MailDeliveryKind.Pickup)
        {
            errors.Add("Mail:PickupDirectory está vacío; indique la carpeta donde se dejan los mensajes (por ejemplo \"outbox\").");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>True when <paramref name="value"/> parses as the sender of a message: an address with a local part and a domain.</summary>
    public static bool IsMailbox(string? value) =>
        MailboxAddress.TryParse(value ?? "", out var mailbox) && EmailAddress.IsValid(mailbox.Address);

    private static void Range(List<string> errors, string setting, int value, int min, int max, string note)
    {
        if (value < min || value > max)
        {
            errors.Add($"{setting} debe estar entre {min} y {max}{note}; el valor actual es {value}.");
        }
    }
}
