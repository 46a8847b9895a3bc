namespace Reminders.Core.Import;

/// <summary>
/// The characters of the cell <see cref="DelimitedTableReader"/> is reading, reused from cell to cell; its text is read
/// as a span, so a cell becomes a string only when it is kept.
/// </summary>
internal sealed class FieldBuffer
{
    private char[] chars = new char[256];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => chars.AsSpan(0, Length);

    public void Append(char c)
    {
        if (Length == chars.Length)
        {
            Array.Resize(ref chars, chars.Length * 2);
        }

        chars[Length++] = c;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > chars.Length)
        {
            Array.Resize(ref chars, Math.Max(chars.Length * 2, Length + text.Length));
        }

        text.CopyTo(chars.AsSpan(Length));
        Length += text.Length;
    }

    public void Clear() => Length = 0;

    public override string ToString() => Length == 0 ? string.Empty : new string(chars, 0, Length);
}
