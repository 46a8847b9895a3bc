using System.Text;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Tests.Mail;

public sealed class CoalescingStreamTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Blocks_written_before_a_flush_reach_the_connection_in_one_write()
    {
        var connection = new RecordingConnection("250 OK\r\n");
        await using var stream = new CoalescingStream(connection);

        await stream.WriteAsync("MAIL FROM:<paac@entidad.gov.co>\r\n"u8.ToArray(), Token);
        await stream.WriteAsync("RCPT TO:<jefe@entidad.gov.co>\r\n"u8.ToArray(), Token);
        Assert.Empty(connection.Writes);
        await stream.FlushAsync(Token);

        Assert.Equal(["MAIL FROM:<paac@entidad.gov.co>\r\nRCPT TO:<jefe@entidad.gov.co>\r\n"], connection.Writes);
    }

    [Fact]
    public async Task What_was_written_is_sent_before_a_reply_is_read()
    {
        var connection = new RecordingConnection("354 Go ahead\r\n");
        await using var stream = new CoalescingStream(connection);
        await stream.WriteAsync("DATA\r\n"u8.ToArray(), Token);

        var reply = new byte[64];
        var read = await stream.ReadAsync(reply, Token);

        Assert.Equal(["DATA\r\n"], connection.Writes);
        Assert.Equal("354 Go ahead\r\n", Encoding.ASCII.GetString(reply, 0, read));
    }

    [Fact]
    public void A_synchronous_read_also_sends_what_was_written_first()
    {
        var connection = new RecordingConnection("221 Bye\r\n");
        using var stream = new CoalescingStream(connection);
        stream.Write("QUIT\r\n"u8);

        var read = stream.Read(new byte[64], 0, 64);

        Assert.Equal(["QUIT\r\n"], connection.Writes);
        Assert.Equal(9, read);
    }

    [Fact]
    public async Task Writes_past_the_capacity_go_out_in_order_without_waiting_for_a_flush()
    {
        var connection = new RecordingConnection("");
        await using var stream = new CoalescingStream(connection, capacity: 8);

        await stream.WriteAsync("12345"u8.ToArray(), Token);
        await stream.WriteAsync("6789"u8.ToArray(), Token);
        await stream.WriteAsync("abcdefghij"u8.ToArray(), Token);
        await stream.WriteAsync("k"u8.ToArray(), Token);
        await stream.FlushAsync(Token);

        Assert.Equal(["12345", "6789", "abcdefghij", "k"], connection.Writes);
    }

    /// <summary>A connection that records each write it gets and answers reads with a fixed reply.</summary>
    private sealed class RecordingConnection(string reply) : Stream
    {
        private readonly MemoryStream _reply = new(Encoding.ASCII.GetBytes(reply));

        public List<string> Writes { get; } = [];

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _reply.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Writes.Add(Encoding.ASCII.GetString(buffer, offset, count));
    }
}
