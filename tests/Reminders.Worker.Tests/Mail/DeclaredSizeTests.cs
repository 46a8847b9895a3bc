using System.Text;
using MimeKit;
using MimeKit.IO;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Tests.Mail;

/// <summary>
/// The SIZE a session declares for a stored message (<see cref="RecipientTrackingSmtpClient.MeasureSize"/>) is counted, not
/// written: it must equal what MailKit would measure by writing the whole message, for every line-end shape the outbox
/// may hold.
/// </summary>
public sealed class DeclaredSizeTests
{
    private const string Headers =
        "From: PAAC <paac@entidad.gov.co>\n"
        + "Subject: =?utf-8?Q?Recordatorio_PAAC:_actividades_pr=C3=B3ximas_a_vencer?=\n"
        + "To: Jefe <jefe@entidad.gov.co>\n"
        + "MIME-Version: 1.0\n"
        + "Content-Type: text/plain; charset=utf-8\n"
        + "Content-Transfer-Encoding: 8bit\n"
        + "\n";

    public static TheoryData<string> Bodies => new()
    {
        "La actividad 3.1 vence el 30 de junio de 2022.\n.\nAcción pendiente.\n",
        "Sin salto final",
        "Líneas con CRLF.\r\nY otra.\r\n",
        "Mezcla: CRLF\r\ny LF\nsin final",
        "",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void The_declared_size_of_a_stored_message_is_what_writing_it_for_smtp_gives(string body)
    {
        foreach (var stored in new[] { Headers + body, (Headers + body).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal) })
        {
            var message = StoredMessage.TryCreate(Encoding.UTF8.GetBytes(stored), eightBitMime: true);
            Assert.NotNull(message);

            var declared = RecipientTrackingSmtpClient.MeasureSize(Smtp, message, TestContext.Current.CancellationToken);

            Assert.Equal(Written(message), declared);
        }
    }

    [Fact]
    public void A_message_that_is_not_stored_is_left_to_mailkit_to_measure()
    {
        var message = new MimeMessage { Body = new TextPart("plain") { Text = "Hola" } };

        Assert.Equal(-1, RecipientTrackingSmtpClient.MeasureSize(Smtp, message, TestContext.Current.CancellationToken));
    }

    private static FormatOptions Smtp => SmtpFormat.Options;

    /// <summary>MailKit's own measure (SmtpClient.GetSize): the whole message written into a counting stream.</summary>
    private static long Written(MimeMessage message)
    {
        using var measure = new MeasuringStream();
        message.WriteTo(Smtp, measure, TestContext.Current.CancellationToken);
        return measure.Length;
    }
}
