using System.Text;

/// <summary>Reads SMTP replies (one or more lines, the last with a space after the code) from a connection.</summary>
internal sealed class Replies(Stream stream)
{
    private readonly byte[] _buffer = new byte[8192];
    private int _start;
    private int _end;

    /// <summary>Reads one reply and checks the first digit of its code.</summary>
    public async Task ExpectAsync(char digit)
    {
        while (true)
        {
            var line = await LineAsync().ConfigureAwait(false);
            if (line.Length < 4 || line[0] != digit)
            {
                throw new InvalidOperationException($"Respuesta inesperada del servidor: {line}");
            }

            if (line[3] == ' ')
            {
                return;
            }
        }
    }

    private async Task<string> LineAsync()
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var line = Encoding.ASCII.GetString(_buffer, _start, newline - _start).TrimEnd('\r');
                _start = newline + 1;
                return line;
            }

            if (_start > 0)
            {
                Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            var read = await stream.ReadAsync(_buffer.AsMemory(_end)).ConfigureAwait(false);
            if (read == 0)
            {
                throw new IOException("El servidor cerró la conexión.");
            }

            _end += read;
        }
    }
}
