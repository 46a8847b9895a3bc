using System.Globalization;
using System.Text;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// Writes the few RFC 5545 content lines <c>plazos.ics</c> holds: names in capitals, TEXT values escaped
/// (<c>\\</c>, <c>\;</c>, <c>\,</c>, <c>\n</c>), lines folded at 75 octets of UTF-8 without splitting a character,
/// every line ended by CRLF. For text of Unicode's basic plane the output is byte for byte what Ical.Net's
/// <c>CalendarSerializer</c> writes for the same calendar (a test holds it to that on random text); beyond it, where
/// Ical.Net may fold between the two halves of a character, this keeps the character whole. It is written here because
/// Ical.Net's object model cost a third of a country run's allocations for a fixed set of properties
/// (docs/architecture.md, "The calendar").
/// </summary>
internal sealed class CalendarWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _text = new(4096);
    private readonly StringBuilder _line = new(512);

    /// <summary>A line whose value is written as given (a date, a number, a keyword).</summary>
    public CalendarWriter Line(string name, string value)
    {
        _line.Append(name).Append(':').Append(value);
        EndLine();
        return this;
    }

    /// <summary>A line holding a TEXT value, escaped as RFC 5545 §3.3.11 says.</summary>
    public CalendarWriter Text(string name, string value)
    {
        _line.Append(name).Append(':');
        AppendEscaped(value);
        EndLine();
        return this;
    }

    /// <summary>An all-day date: <c>NAME;VALUE=DATE:yyyyMMdd</c>.</summary>
    public CalendarWriter Date(string name, DateOnly date)
    {
        _line.Append(CultureInfo.InvariantCulture, $"{name};VALUE=DATE:{date:yyyyMMdd}");
        EndLine();
        return this;
    }

    /// <summary>A UTC date-time to the second: <c>NAME:yyyyMMddTHHmmssZ</c>.</summary>
    public CalendarWriter UtcTime(string name, DateTimeOffset time)
    {
        _line.Append(CultureInfo.InvariantCulture, $"{name}:{time.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}");
        EndLine();
        return this;
    }

    public override string ToString() => _text.ToString();

    private void AppendEscaped(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    _line.Append(@"\\");
                    break;
                case ';':
                    _line.Append(@"\;");
                    break;
                case ',':
                    _line.Append(@"\,");
                    break;
                case '\r':
                    // CRLF is one line break; a lone CR is one too.
                    _line.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n':
                    _line.Append(@"\n");
                    break;
                default:
                    _line.Append(c);
                    break;
            }
        }
    }

    /// <summary>
    /// Moves the line held in <see cref="_line"/> to the text, folded (RFC 5545 §3.1): at most 75 octets on the first
    /// physical line, then a CRLF and a space before each further 74. A character is never cut: the high half of a
    /// surrogate pair counts the pair's four octets and the low half none, so a fold never falls between them.
    /// </summary>
    private void EndLine()
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var chunk in _line.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                var size = char.IsLowSurrogate(c) ? 0 : char.IsHighSurrogate(c) ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                if (size > 0 && octets + size > limit)
                {
                    _text.Append("\r\n ");
                    octets = 0;
                    limit = MaxOctets - 1;
                }

                _text.Append(c);
                octets += size;
            }
        }

        _text.Append("\r\n");
        _line.Clear();
    }
}
