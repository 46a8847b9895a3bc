using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Smtp;
using Reminders.Worker.Mail.Smtp.OAuth;

namespace Reminders.IntegrationTests.Smtp;

/// <summary>Builds an <see cref="SmtpDelivery"/> pointed at a test server, test messages, and collects results.</summary>
internal static class SmtpTestDelivery
{
    public const string From = "PAAC <paac@entidad.gov.co>";

    public static SmtpDelivery Create(
        AiosmtpdServer server,
        Action<SmtpOptions>? configure = null,
        IOAuth2TokenSource? tokens = null,
        int rateLimitPerMinute = 0,
        TimeProvider? timeProvider = null,
        ISendRateLimiter? rateLimiter = null)
    {
        var options = new MailOptions
        {
            Delivery = MailDeliveryKind.Smtp,
            From = From,
            RateLimitPerMinute = rateLimitPerMinute,
            Smtp = new SmtpOptions { Host = server.Host, Port = server.Port, Security = SmtpSecurity.None, TimeoutSeconds = 20 },
        };
        configure?.Invoke(options.Smtp);
        return new SmtpDelivery(Options.Create(options), timeProvider ?? TimeProvider.System, NullLogger<SmtpDelivery>.Instance, tokens, rateLimiter);
    }

    public static OutgoingMail Mail(long id, params string[] to)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(From));
        foreach (var address in to.Length > 0 ? to : ["jefe.planeacion@entidad.gov.co"])
        {
            message.To.Add(MailboxAddress.Parse(address));
        }

        message.Subject = $"Recordatorio PAAC n.º {id}: actividades próximas a vencer";
        message.MessageId = $"reminder-{id}@reminders.test";
        message.Body = new TextPart("plain")
        {
            Text = $"Señora jefa de la Oficina de Planeación:\nLa actividad 3.{id} vence el 30 de abril.\n.\nLínea que empieza con punto.\n",
        };
        return new OutgoingMail(id, message);
    }

    public static async Task<IReadOnlyList<(OutgoingMail Mail, DeliveryResult Result)>> SendAsync(
        this SmtpDelivery delivery, IReadOnlyList<OutgoingMail> batch, CancellationToken cancellationToken = default)
    {
        var results = new List<(OutgoingMail, DeliveryResult)>();
        await delivery.SendAsync(
            batch,
            (mail, result, _) =>
            {
                results.Add((mail, result));
                return Task.CompletedTask;
            },
            cancellationToken);
        return results;
    }
}
