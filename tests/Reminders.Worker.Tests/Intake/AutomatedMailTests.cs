using MimeKit;
using Reminders.Worker.Intake;

namespace Reminders.Worker.Tests.Intake;

public sealed class AutomatedMailTests
{
    private static readonly string[] Own = ["paac@ejemplo.gov.co", "respuestas@ejemplo.gov.co"];

    [Fact]
    public void A_persons_reply_is_not_automatic()
    {
        Assert.Null(AutomatedMail.Reason(Message(), Own));
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "respuesta automática (Auto-Submitted: auto-replied)")]
    [InlineData("Auto-Submitted", "auto-generated", "respuesta automática (Auto-Submitted: auto-generated)")]
    [InlineData("Precedence", "bulk", "correo automático (Precedence: bulk)")]
    [InlineData("Precedence", "auto_reply", "correo automático (Precedence: auto_reply)")]
    [InlineData("Precedence", "list", "correo automático (Precedence: list)")]
    [InlineData("X-Autoreply", "yes", "respuesta automática (X-Autoreply)")]
    [InlineData("Return-Path", "<>", "aviso de entrega (Return-Path vacío)")]
    public void Automatic_mail_is_recognised_by_its_headers(string header, string value, string reason)
    {
        var message = Message();
        message.Headers.Add(header, value);

        Assert.Equal(reason, AutomatedMail.Reason(message, Own));
    }

    [Fact]
    public void Auto_submitted_no_is_a_person_writing()
    {
        var message = Message();
        message.Headers.Add("Auto-Submitted", "no");

        Assert.Null(AutomatedMail.Reason(message, Own));
    }

    [Theory]
    [InlineData("MAILER-DAEMON@ejemplo.gov.co", "aviso del servidor de correo (MAILER-DAEMON@ejemplo.gov.co)")]
    [InlineData("postmaster@ejemplo.gov.co", "aviso del servidor de correo (postmaster@ejemplo.gov.co)")]
    [InlineData("PAAC@ejemplo.gov.co", "mensaje del propio servicio (PAAC@ejemplo.gov.co)")]
    public void Mail_from_the_mail_server_or_the_service_itself_is_automatic(string from, string reason)
    {
        Assert.Equal(reason, AutomatedMail.Reason(Message(from), Own));
    }

    private static MimeMessage Message(string from = "planeacion@ejemplo.gov.co")
    {
        var message = new MimeMessage { Subject = "RE: Cumplimiento 1.4 [paac:1-2-abc]" };
        message.From.Add(MailboxAddress.Parse(from));
        message.Body = new TextPart("plain") { Text = "Listo." };
        return message;
    }
}
