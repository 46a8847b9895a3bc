using System.Globalization;
using System.Text;

namespace Reminders.Core.Text;

/// <summary>Accent- and case-insensitive forms of text, for matching words written by people.</summary>
internal static class TextKey
{
    /// <summary>Lower case, accents removed (<c>ñ</c> becomes <c>n</c>), other characters kept.</summary>
    public static string Fold(string text)
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
}
