using System.Globalization;

namespace Reminders.Core.Import;

/// <summary>Roman numerals for component numbers (<c>III</c>), the form plans use in titles.</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Symbol)[] Symbols =
    [
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ];

    /// <summary>Writes 1 to 3999 as a Roman numeral.</summary>
    public static string ToRoman(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 3999);
        var result = new System.Text.StringBuilder();
        foreach (var (symbolValue, symbol) in Symbols)
        {
            while (value >= symbolValue)
            {
                result.Append(symbol);
                value -= symbolValue;
            }
        }

        return result.ToString();
    }

    /// <summary>Reads a Roman numeral in canonical form (any case), or an Arabic number, into its value.</summary>
    public static bool TryParse(string? text, out int value)
    {
        value = 0;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(trimmed[0]))
        {
            return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
        }

        var upper = trimmed.ToUpperInvariant();
        var rest = upper.AsSpan();
        var total = 0;
        foreach (var (symbolValue, symbol) in Symbols)
        {
            while (rest.StartsWith(symbol, StringComparison.Ordinal))
            {
                total += symbolValue;
                rest = rest[symbol.Length..];
            }
        }

        if (rest.Length != 0 || total == 0 || total > 3999 || ToRoman(total) != upper)
        {
            return false;
        }

        value = total;
        return true;
    }
}
