using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public class RomanNumeralsTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(6, "VI")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(2022, "MMXXII")]
    public void Writes_and_reads_roman_numerals(int value, string roman)
    {
        Assert.Equal(roman, RomanNumerals.ToRoman(value));
        Assert.True(RomanNumerals.TryParse(roman, out var parsed));
        Assert.Equal(value, parsed);
        Assert.True(RomanNumerals.TryParse(roman.ToLowerInvariant(), out parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData(" 12 ", 12)]
    public void Reads_arabic_numbers_too(string text, int value)
    {
        Assert.True(RomanNumerals.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("IIII")]
    [InlineData("IC")]
    [InlineData("ABC")]
    [InlineData("0")]
    [InlineData(null)]
    public void Rejects_what_is_not_a_number(string? text)
    {
        Assert.False(RomanNumerals.TryParse(text, out _));
    }
}
