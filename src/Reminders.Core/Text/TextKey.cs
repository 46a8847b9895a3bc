using System.Globalization;
using System.Text;

namespace Reminders.Core.Text;

/// <summary>Accent- and case-insensitive forms of text, for matching words written by people.</summary>
internal static class TextKey
{
    /// <summary>
    /// <see cref="Fold"/> of each character up to U+00FF, computed by the Unicode path below. For such text the folding
    /// is character by character: a Latin-1 character decomposes into at most a base character and combining marks, and
    /// no two Latin-1 characters compose, so a plan's Spanish text (every cell, every office name) is folded by table
    /// lookup instead of two Unicode normalisations (docs/benchmarks.md, "Import").
    /// </summary>
    private static readonly string[] Latin1 = [.. Enumerable.Range(0, 256).Select(c => FoldUnicode(((char)c).ToString()))];

    /// <summary>Lower case, accents removed (<c>ñ</c> becomes <c>n</c>), other characters kept.</summary>
    public static string Fold(string text)
    {
        if (!IsLatin1(text))
        {
            return FoldUnicode(text);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Latin1[c]);
        }

        return builder.ToString();
    }

    /// <summary>Folded and with only letters and digits kept: <c>Sub-Componente</c> becomes <c>subcomponente</c>.</summary>
    public static string Compact(string text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Compact"/> of Latin-1 <paramref name="text"/> (no character above U+00FF) written into
    /// <paramref name="key"/>: its length, or -1 when it is longer than the buffer.
    /// </summary>
    public static int CompactLatin1(ReadOnlySpan<char> text, Span<char> key)
    {
        var length = 0;
        foreach (var c in text)
        {
            foreach (var f in Latin1[c])
            {
                if (char.IsLetterOrDigit(f))
                {
                    if (length == key.Length)
                    {
                        return -1;
                    }

                    key[length++] = f;
                }
            }
        }

        return length;
    }

    /// <summary>The folding by Unicode decomposition, for any text.</summary>
    internal static string FoldUnicode(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsLatin1(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u00FF')
            {
                return false;
            }
        }

        return true;
    }
}
