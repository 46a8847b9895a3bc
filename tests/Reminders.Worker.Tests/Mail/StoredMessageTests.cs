using System.Text;
using MimeKit;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Tests.Mail;

public sealed class StoredMessageTests
{
    // A digest as the outbox stores it on Linux: LF line ends, seven-bit parts, a line starting with a dot.
    private const string Stored =
        "From: PAAC <paac@entidad.gov.co>\n"
        + "Date: Wed, 15 Jun 2022 07:00:00 -0500\n"
        + "Subject: =?utf-8?Q?Recordatorio_PAAC:_actividades_pr=C3=B3ximas_a_vencer?=\n"
        + "Message-Id: <digest-1@reminders.test>\n"
        + "To: Jefe <jefe@entidad.gov.co>\n"
        + "Cc: control@entidad.gov.co\n"
        + "MIME-Version: 1.0\n"
        + "Content-Type: text/plain; charset=utf-8\n"
        + "Content-Transfer-Encoding: quoted-printable\n"
        + "\n"
        + "La actividad 3.1 vence el 30 de junio de 2022.\n"
        + ".\n"
        + "Acci=C3=B3n pendiente.\n";

    private static FormatOptions Smtp => SmtpFormat.Options;

    [Fact]
    public void A_header_parser_reused_for_the_next_message_gives_that_message_its_own_headers_only()
    {
        var parser = new MimeParser(Stream.Null, MimeFormat.Entity);
        var second = Stored
            .Replace("Message-Id: <digest-1@reminders.test>\n", "Message-Id: <digest-2@reminders.test>\n", StringComparison.Ordinal)
            .Replace("Cc: control@entidad.gov.co\n", "", StringComparison.Ordinal);

        var first = StoredMessage.TryCreate(Encoding.ASCII.GetBytes(Stored), eightBitMime: false, parser);
        var next = StoredMessage.TryCreate(Encoding.ASCII.GetBytes(second), eightBitMime: false, parser);

        Assert.NotNull(first);
        Assert.NotNull(next);
        Assert.Equal("digest-1@reminders.test", first.MessageId);
        Assert.Equal("digest-2@reminders.test", next.MessageId);
        Assert.Empty(next.Cc);
        Assert.Equal(Written(StoredMessage.TryCreate(Encoding.ASCII.GetBytes(second), eightBitMime: false)!, Smtp), Written(next, Smtp));
        Assert.Single(first.Cc);
    }

    [Fact]
    public void A_stored_message_is_written_as_its_stored_bytes_with_crlf_line_ends()
    {
        var message = StoredMessage.TryCreate(Encoding.ASCII.GetBytes(Stored), eightBitMime: false);

        Assert.NotNull(message);
        Assert.Equal(
            "From: PAAC <paac@entidad.gov.co>\r\n"
            + "Date: Wed, 15 Jun 2022 07:00:00 -0500\r\n"
            + "Subject: =?utf-8?Q?Recordatorio_PAAC:_actividades_pr=C3=B3ximas_a_vencer?=\r\n"
            + "Message-Id: <digest-1@reminders.test>\r\n"
            + "To: Jefe <jefe@entidad.gov.co>\r\n"
            + "Cc: control@entidad.gov.co\r\n"
            + "MIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\n"
            + "Content-Transfer-Encoding: quoted-printable\r\n"
            + "\r\n"
            + "La actividad 3.1 vence el 30 de junio de 2022.\r\n"
            + ".\r\n"
            + "Acci=C3=B3n pendiente.\r\n",
            Written(message, Smtp));
    }

    [Fact]
    public void A_message_stored_with_crlf_line_ends_is_written_unchanged()
    {
        var crlf = Stored.Replace("\n", "\r\n", StringComparison.Ordinal);

        var message = StoredMessage.TryCreate(Encoding.ASCII.GetBytes(crlf), eightBitMime: false);

        Assert.NotNull(message);
        Assert.Equal(crlf, Written(message, Smtp));
    }

    [Fact]
    public void Preparing_a_stored_message_for_a_seven_bit_server_changes_nothing()
    {
        var message = StoredMessage.TryCreate(Encoding.ASCII.GetBytes(Stored), eightBitMime: false);

        Assert.NotNull(message);
        message.Prepare(EncodingConstraint.SevenBit);
        Assert.Equal(Stored.Replace("\n", "\r\n", StringComparison.Ordinal), Written(message, Smtp));
    }

    [Fact]
    public void The_sender_and_the_recipients_come_from_the_stored_headers()
    {
        var message = StoredMessage.TryCreate(Encoding.ASCII.GetBytes(Stored), eightBitMime: false);

        Assert.NotNull(message);
        Assert.Equal(["paac@entidad.gov.co"], message.From.Mailboxes.Select(m => m.Address));
        Assert.Equal(["jefe@entidad.gov.co"], message.To.Mailboxes.Select(m => m.Address));
        Assert.Equal(["control@entidad.gov.co"], message.Cc.Mailboxes.Select(m => m.Address));
        Assert.Equal("digest-1@reminders.test", message.MessageId);
    }

    [Fact]
    public void An_8bit_body_goes_as_stored_to_a_server_with_8bitmime_and_shows_mailkit_an_8bit_part()
    {
        var eightBit = Stored.Replace("quoted-printable", "8bit", StringComparison.Ordinal).Replace("Acci=C3=B3n", "Acción", StringComparison.Ordinal);

        var message = StoredMessage.TryCreate(Encoding.UTF8.GetBytes(eightBit), eightBitMime: true);

        Assert.NotNull(message);
        using var stream = new MemoryStream();
        message.WriteTo(Smtp, stream, TestContext.Current.CancellationToken);
        Assert.Equal(eightBit.Replace("\n", "\r\n", StringComparison.Ordinal), Encoding.UTF8.GetString(stream.ToArray()));
        var visitor = new EncodingVisitor();
        message.Accept(visitor);
        Assert.Equal([ContentEncoding.EightBit], visitor.Seen);
    }

    [Fact]
    public void A_seven_bit_body_shows_mailkit_no_8bit_part()
    {
        var message = StoredMessage.TryCreate(Encoding.ASCII.GetBytes(Stored), eightBitMime: true);

        Assert.NotNull(message);
        var visitor = new EncodingVisitor();
        message.Accept(visitor);
        Assert.Empty(visitor.Seen);
    }

    [Fact]
    public void An_8bit_body_is_not_sent_as_stored_to_a_server_without_8bitmime()
    {
        var eightBit = Encoding.UTF8.GetBytes(Stored.Replace("Acci=C3=B3n", "Acción", StringComparison.Ordinal));

        Assert.Null(StoredMessage.TryCreate(eightBit, eightBitMime: false));
    }

    [Fact]
    public void Eight_bit_bytes_in_the_headers_are_never_sent_as_they_are()
    {
        var eightBitSubject = Encoding.UTF8.GetBytes(Stored.Replace(
            "=?utf-8?Q?Recordatorio_PAAC:_actividades_pr=C3=B3ximas_a_vencer?=", "Recordatorio PAAC: actividades próximas a vencer", StringComparison.Ordinal));

        Assert.Null(StoredMessage.TryCreate(eightBitSubject, eightBitMime: true));
    }

    [Fact]
    public void Stored_bytes_without_an_empty_line_after_the_headers_are_not_sent_as_they_are()
    {
        Assert.Null(StoredMessage.TryCreate(Encoding.ASCII.GetBytes("From: paac@entidad.gov.co\nTo: jefe@entidad.gov.co\n"), eightBitMime: true));
    }

    [Fact]
    public void A_body_without_a_final_line_end_gets_one()
    {
        var message = StoredMessage.TryCreate(Encoding.ASCII.GetBytes("To: jefe@entidad.gov.co\n\nSin salto final"), eightBitMime: false);

        Assert.NotNull(message);
        Assert.Equal("To: jefe@entidad.gov.co\r\n\r\nSin salto final\r\n", Written(message, Smtp));
    }

    /// <summary>Records the transfer encoding of each part it visits, as MailKit's choice of BODY=8BITMIME does.</summary>
    private sealed class EncodingVisitor : MimeVisitor
    {
        public List<ContentEncoding> Seen { get; } = [];

        protected override void VisitMimePart(MimePart entity)
        {
            Seen.Add(entity.ContentTransferEncoding);
            base.VisitMimePart(entity);
        }
    }

    private static string Written(MimeMessage message, FormatOptions options)
    {
        using var stream = new MemoryStream();
        message.WriteTo(options, stream);
        return Encoding.ASCII.GetString(stream.ToArray());
    }
}
