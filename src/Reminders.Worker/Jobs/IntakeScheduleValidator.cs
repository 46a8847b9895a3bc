using Microsoft.Extensions.Options;
using Reminders.Worker.Intake;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Jobs;

/// <summary>
/// With <c>Schedules:Intake</c> set, the intake needs a mailbox (<c>Mail:Intake:Host</c>), the secret that signs the
/// reply links (<c>Mail:Replies:Secret</c>) and the address those links write to (<c>Mail:Replies:Address</c>).
/// Their own errors are reported by their own validators; this one names only what is missing.
/// </summary>
public sealed class IntakeScheduleValidator(IOptions<IntakeOptions> intake, IOptions<MailOptions> mail) : IValidateOptions<SchedulesOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IntakeOn)
        {
            return ValidateOptionsResult.Success;
        }

        var errors = new List<string>();
        if (Read(intake) is { } settings && string.IsNullOrWhiteSpace(settings.Host))
        {
            errors.Add("Schedules:Intake está configurado pero falta Mail:Intake:Host: indique el servidor IMAP del buzón de respuestas "
                + "(por ejemplo outlook.office365.com), o deje Schedules:Intake vacío para no leerlo.");
        }

        if (Read(mail) is { } replies)
        {
            if (string.IsNullOrWhiteSpace(replies.Replies.Secret))
            {
                errors.Add("Schedules:Intake está configurado pero falta Mail:Replies:Secret, que firma los enlaces de respuesta: "
                    + "póngalo en la variable de entorno Mail__Replies__Secret (al menos 32 caracteres).");
            }

            if (string.IsNullOrWhiteSpace(replies.Replies.Address))
            {
                errors.Add("Schedules:Intake está configurado pero falta Mail:Replies:Address: indique la dirección del buzón de respuestas, "
                    + "a la que escriben los enlaces «Reportar cumplimiento» y «Reportar avance».");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The other section's value, or null when it is invalid (its own validator reports why).</summary>
    private static T? Read<T>(IOptions<T> options)
        where T : class
    {
        try
        {
            return options.Value;
        }
        catch (OptionsValidationException)
        {
            return null;
        }
    }
}
