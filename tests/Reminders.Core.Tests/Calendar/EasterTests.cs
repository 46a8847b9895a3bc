using Reminders.Core.Calendar;

namespace Reminders.Core.Tests.Calendar;

public class EasterTests
{
    [Theory]
    [InlineData(2021, "2021-04-04")]
    [InlineData(2022, "2022-04-17")]
    [InlineData(2023, "2023-04-09")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2027, "2027-03-28")]
    [InlineData(2028, "2028-04-16")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(1583, "1583-04-10")]
    [InlineData(1818, "1818-03-22")]
    [InlineData(1900, "1900-04-15")]
    [InlineData(1943, "1943-04-25")]
    [InlineData(1954, "1954-04-18")]
    [InlineData(1981, "1981-04-19")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2049, "2049-04-18")]
    [InlineData(2076, "2076-04-19")]
    [InlineData(2285, "2285-03-22")]
    public void Easter_Sunday_matches_the_published_date(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Easter.Sunday(year));

    [Theory]
    [InlineData(1582)]
    [InlineData(10000)]
    public void Years_outside_the_gregorian_computus_are_refused(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Easter.Sunday(year));
}
