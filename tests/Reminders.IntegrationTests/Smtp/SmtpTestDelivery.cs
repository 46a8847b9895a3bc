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

    /// <summary>
    /// A message as the outbox stores it on Linux (LF line ends, seven-bit, a line that starts with a dot), with the bytes
    /// the server must receive for it (the same with CRLF line ends), written out by hand.
    /// </summary>
    public static (OutgoingMail Mail, byte[] OnTheWire) Stored(long id, string to = "jefe.planeacion@entidad.gov.co", bool eightBit = false)
    {
        var text =
            $"From: PAAC <paac@entidad.gov.co>\n"
            + $"Date: Wed, 15 Jun 2022 07:00:00 -0500\n"
            + $"Subject: =?utf-8?Q?Recordatorio_PAAC_n.=C2=BA_{id}?=\n"
            + $"Message-Id: <stored-{id}@reminders.test>\n"
            + $"To: {to}\n"
            + "MIME-Version: 1.0\n"
            + "Content-Type: text/plain; charset=utf-8\n"
            + (eightBit ? "Content-Transfer-Encoding: 8bit\n" : "Content-Transfer-Encoding: quoted-printable\n")
            + "\n"
            + $"La actividad 3.{id} vence el 30 de junio de 2022.\n"
            + ".\n"
            + "..dos puntos al comienzo\n"
            + (eightBit ? "Acción pendiente.\n" : "Acci=C3=B3n pendiente.\n");
        return (new OutgoingMail(id, System.Text.Encoding.UTF8.GetBytes(text)),
            System.Text.Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)));
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

    /// <summary>
    /// Sends a batch that no session can send (the server cannot be reached or refuses the session): returns the
    /// <see cref="SmtpSessionException"/> the delivery ends with and the messages it reported (none should be).
    /// </summary>
    public static async Task<(SmtpSessionException Failure, IReadOnlyList<long> Reported)> SendUnreachableAsync(
        this SmtpDelivery delivery, IReadOnlyList<OutgoingMail> batch, CancellationToken cancellationToken = default)
    {
        var reported = new List<long>();
        var failure = await Assert.ThrowsAsync<SmtpSessionException>(() => delivery.SendAsync(
            batch,
            (mail, _, _) =>
            {
                reported.Add(mail.Id);
                return Task.CompletedTask;
            },
            cancellationToken));
        return (failure, reported);
    }
}
