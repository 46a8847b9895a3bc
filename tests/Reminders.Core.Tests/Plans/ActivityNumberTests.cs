using Reminders.Core.Plans;

namespace Reminders.Core.Tests.Plans;

public class ActivityNumberTests
{
    [Theory]
    [InlineData("1.4", 1, 4)]
    [InlineData("1,4", 1, 4)]
    [InlineData(" 1 . 4 ", 1, 4)]
    [InlineData("12,30.", 12, 30)]
    [InlineData("1 , 2 .", 1, 2)]
    [InlineData("3.1..", 3, 1)]
    public void Reads_a_sub_component_and_an_item_apart_by_a_dot_or_a_comma(string text, int sub, int item)
    {
        Assert.True(ActivityNumber.TryParse(text, out var number));
        Assert.Equal(new ActivityNumber(sub, item), number);
        Assert.True(ActivityNumber.TryParse(text.AsSpan(), out var fromChars));
        Assert.Equal(number, fromChars);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("14")]
    [InlineData("1.2.3")]
    [InlineData("1,")]
    [InlineData(".4")]
    [InlineData("0.4")]
    [InlineData("1.0")]
    [InlineData("-1.4")]
    [InlineData("1.4a")]
    [InlineData("1. 4 5")]
    [InlineData("Actividad 1.4")]
    public void Refuses_anything_else(string? text)
    {
        Assert.False(ActivityNumber.TryParse(text, out _));
        Assert.False(ActivityNumber.TryParse(text.AsSpan(), out _));
    }
}
