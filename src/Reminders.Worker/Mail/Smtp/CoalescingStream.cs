namespace Reminders.Worker.Mail.Smtp;

/// <summary>
/// Gathers what is written into one buffer and hands it to the connection in one piece at a flush, or before anything
/// is read (so a request is always on its way before its reply is awaited, whoever forgot to flush). MailKit writes in
/// blocks of 4 KB: a 35 KB message went out in nine sends, each a system call and, on loopback, a wake-up of the server;
/// through this stream it goes in one or two (docs/benchmarks.md, "Delivery").
/// </summary>
internal sealed class CoalescingStream(Stream inner, int capacity = CoalescingStream.DefaultCapacity) : Stream
{
    public const int DefaultCapacity = 64 * 1024;

    private readonly byte[] _buffer = new byte[capacity];
    private int _count;

    public override bool CanRead => inner.CanRead;

    public override bool CanWrite => inner.CanWrite;

    public override bool CanSeek => false;

    public override bool CanTimeout => inner.CanTimeout;

    public override int ReadTimeout
    {
        get => inner.ReadTimeout;
        set => inner.ReadTimeout = value;
    }

    public override int WriteTimeout
    {
        get => inner.WriteTimeout;
        set => inner.WriteTimeout = value;
    }

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        Flush();
        return inner.Read(buffer);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <remarks>
    /// With nothing gathered (MailKit flushes each command before it reads the reply) the read is the connection's own,
    /// with no state machine of ours around it: each reply a session awaits is one continuation fewer
    /// (docs/benchmarks.md, "Delivery").
    /// </remarks>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _count == 0 ? inner.ReadAsync(buffer, cancellationToken) : FlushThenReadAsync(buffer, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_count + buffer.Length > _buffer.Length)
        {
            WriteBuffered();
        }

        if (buffer.Length >= _buffer.Length)
        {
            inner.Write(buffer);
            return;
        }

        buffer.CopyTo(_buffer.AsSpan(_count));
        _count += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_count + buffer.Length > _buffer.Length)
        {
            await WriteBufferedAsync(cancellationToken).ConfigureAwait(false);
        }

        if (buffer.Length >= _buffer.Length)
        {
            await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
            return;
        }

        buffer.Span.CopyTo(_buffer.AsSpan(_count));
        _count += buffer.Length;
    }

    public override void Flush()
    {
        WriteBuffered();
        inner.Flush();
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await WriteBufferedAsync(cancellationToken).ConfigureAwait(false);
        await inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // What was not flushed is dropped: a connection is disposed after QUIT's reply, or after an error.
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async ValueTask DisposeAsync()
    {
        await inner.DisposeAsync().ConfigureAwait(false);
        await base.DisposeAsync().ConfigureAwait(false);
    }

    private async ValueTask<int> FlushThenReadAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
    }

    private void WriteBuffered()
    {
        if (_count > 0)
        {
            var count = _count;
            _count = 0;
            inner.Write(_buffer, 0, count);
        }
    }

    private async ValueTask WriteBufferedAsync(CancellationToken cancellationToken)
    {
        if (_count > 0)
        {
            var count = _count;
            _count = 0;
            await inner.WriteAsync(_buffer.AsMemory(0, count), cancellationToken).ConfigureAwait(false);
        }
    }
}
