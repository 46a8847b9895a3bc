using System.Text;
using Reminders.Worker.Mail;

namespace Reminders.Worker.Tests.Mail;

public class LineEndsTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("sin saltos", 0, 0)]
    [InlineData("\n", 1, 0)]
    [InlineData("\r\n", 0, 1)]
    [InlineData("\r\r\n\n", 1, 1)]
    [InlineData("a\nb\r\nc\n\r\nó\r", 2, 2)]
    public void Line_feeds_are_counted_bare_or_after_a_carriage_return(string text, int bare, int crlf)
    {
        var bytes = Encoding.UTF8.GetBytes(text);

        Assert.Equal(bare, LineEnds.BareLineFeeds(bytes));
        Assert.Equal(crlf, LineEnds.CarriageReturnsBeforeLineFeeds(bytes));
    }

    [Theory]
    [InlineData("a\nb\r\nc\n\r\nó\r", "a\r\nb\r\nc\r\n\r\nó\r", "a\nb\nc\n\nó\r")]
    [InlineData("\n\n", "\r\n\r\n", "\n\n")]
    [InlineData("\r\n", "\r\n", "\n")]
    public void Carriage_returns_are_added_before_bare_line_feeds_and_removed_from_crlfs(string text, string dos, string unix)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var buffer = new byte[bytes.Length * 2];

        Assert.Equal(dos, Encoding.UTF8.GetString(buffer, 0, LineEnds.AddCarriageReturns(bytes, buffer)));
        Assert.Equal(unix, Encoding.UTF8.GetString(buffer, 0, LineEnds.RemoveCarriageReturns(bytes, buffer)));
    }
}
