using System.Net.Sockets;
using MailKit.Net.Smtp;

namespace Reminders.Worker.Mail.Smtp;

/// <summary>Turns what went wrong while sending one message into a <see cref="DeliveryResult"/>.</summary>
public static class SmtpFailureClassifier
{
    /// <summary>Appended when the connection broke after the server accepted a recipient.</summary>
    public const string UnknownOutcomeNote =
        " (el envío se interrumpió después de iniciar la transferencia: el servidor pudo haber recibido el mensaje; "
        + "se reintentará con el mismo Message-ID)";

    /// <param name="failure">What was thrown while sending.</param>
    /// <param name="dataMayHaveStarted">Whether a recipient had been accepted, so the server may have the message.</param>
    public static DeliveryResult Classify(Exception failure, bool dataMayHaveStarted) => failure switch
    {
        SmtpSessionException session => DeliveryResult.Transient(session.Message),
        AllRecipientsRefusedException all when all.IsPermanent => DeliveryResult.Permanent(all.Message, all.Refused),
        AllRecipientsRefusedException all => DeliveryResult.Transient(all.Message),
        MailKit.ServiceNotAuthenticatedException => DeliveryResult.Transient(
            "El servidor SMTP exige autenticación: configure Mail:Smtp:UserName y Mail:Smtp:Password (o Mail:Smtp:Auth)."),
        SmtpCommandException command => FromStatus((int)command.StatusCode, command.Message),
        SmtpProtocolException or IOException or SocketException or TimeoutException or OperationCanceledException =>
            DeliveryResult.Transient(Describe(failure) + (dataMayHaveStarted ? UnknownOutcomeNote : "")),
        InvalidOperationException or NotSupportedException or ArgumentException or FormatException =>
            DeliveryResult.Permanent("El mensaje no se puede enviar tal como está: " + failure.Message),
        _ => DeliveryResult.Transient(Describe(failure) + (dataMayHaveStarted ? UnknownOutcomeNote : "")),
    };

    /// <summary>A server reply: 4xx may pass, 5xx will not; the reply keeps the server's own words.</summary>
    public static DeliveryResult FromStatus(int status, string text)
    {
        var reply = $"{status} {text}".Trim();
        return status is >= 500 and < 600 ? DeliveryResult.Permanent(reply) : DeliveryResult.Transient(reply);
    }

    private static string Describe(Exception failure) => failure switch
    {
        OperationCanceledException or TimeoutException => "Se agotó el tiempo de espera del servidor SMTP (Mail:Smtp:TimeoutSeconds).",
        SocketException or IOException => "Se perdió la conexión con el servidor SMTP: " + failure.Message,
        SmtpProtocolException => "Error de protocolo SMTP (la conexión se cerró): " + failure.Message,
        _ => $"Error inesperado al enviar ({failure.GetType().Name}): {failure.Message}",
    };
}
