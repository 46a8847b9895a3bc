using Reminders.Worker.Cli;

namespace Reminders.Worker.Tests.Cli;

public sealed class ShortListTests
{
    [Fact]
    public void A_short_list_is_shown_whole()
    {
        Assert.Equal("1.1, 1.2, 2.1", ShortList.Format(["1.1", "1.2", "2.1"]));
    }

    [Fact]
    public void Twenty_names_are_still_shown_whole()
    {
        var items = Enumerable.Range(1, 20).Select(i => $"a{i}").ToArray();

        Assert.Equal(string.Join(", ", items), ShortList.Format(items));
    }

    [Fact]
    public void A_long_list_shows_twenty_names_and_counts_the_rest_in_spanish()
    {
        var items = Enumerable.Range(1, 100_000).Select(i => $"a{i}").ToArray();

        var line = ShortList.Format(items);

        Assert.StartsWith("a1, a2, a3, ", line, StringComparison.Ordinal);
        Assert.EndsWith("a19, a20 … y 99.980 más (la lista completa con --json)", line, StringComparison.Ordinal);
        Assert.DoesNotContain("a21", line, StringComparison.Ordinal);
    }
}
