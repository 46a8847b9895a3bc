using System.Text;
using Reminders.Worker.Mail;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Tests.Mail;

public sealed class OutgoingMailTests
{
    private static readonly byte[] Mime = Encoding.UTF8.GetBytes(
        "From: paac@entidad.gov.co\r\nTo: jefe@entidad.gov.co\r\nSubject: Recordatorio\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + string.Concat(Enumerable.Repeat("La actividad 3.1 vence el 30 de junio de 2022.\r\n", 50)));

    [Fact]
    public void A_compressed_stored_body_is_sent_as_its_expanded_bytes()
    {
        var mail = new OutgoingMail(7, StoredMime.Compress(Mime), StoredMime.Zlib);

        Assert.Equal(Mime, mail.Stored!.Value.ToArray());
        Assert.Equal("Recordatorio", mail.Message.Subject);
    }

    [Fact]
    public void After_its_buffer_is_released_the_body_expands_again_to_the_same_bytes()
    {
        var mail = new OutgoingMail(7, StoredMime.Compress(Mime), StoredMime.Zlib);
        var first = mail.Stored!.Value.ToArray();
        var parsed = mail.Message;

        mail.ReleaseBuffer();

        Assert.Equal(first, mail.Stored!.Value.ToArray());
        Assert.NotSame(parsed, mail.Message);
        Assert.Equal("Recordatorio", mail.Message.Subject);
    }

    [Fact]
    public void A_body_stored_without_compression_is_its_stored_array_and_releasing_keeps_it()
    {
        var mail = new OutgoingMail(7, Mime, compression: null);

        mail.ReleaseBuffer();

        Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(mail.Stored!.Value, out var segment));
        Assert.Same(Mime, segment.Array);
    }
}
