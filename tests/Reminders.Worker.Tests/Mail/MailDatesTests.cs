using Reminders.Worker.Mail.Rendering;

namespace Reminders.Worker.Tests.Mail;

public class MailDatesTests
{
    [Theory]
    [InlineData(1, "enero")]
    [InlineData(2, "febrero")]
    [InlineData(3, "marzo")]
    [InlineData(4, "abril")]
    [InlineData(5, "mayo")]
    [InlineData(6, "junio")]
    [InlineData(7, "julio")]
    [InlineData(8, "agosto")]
    [InlineData(9, "septiembre")]
    [InlineData(10, "octubre")]
    [InlineData(11, "noviembre")]
    [InlineData(12, "diciembre")]
    public void Spanish_dates_spell_the_month_in_lower_case(int month, string name)
    {
        Assert.Equal($"5 de {name} de 2022", MailDates.Spanish(new DateOnly(2022, month, 5)));
        Assert.Equal($"28 de {name} de 2023", MailDates.Format(new DateOnly(2023, month, 28), "es"));
    }

    [Theory]
    [InlineData(1, "January")]
    [InlineData(2, "February")]
    [InlineData(3, "March")]
    [InlineData(4, "April")]
    [InlineData(5, "May")]
    [InlineData(6, "June")]
    [InlineData(7, "July")]
    [InlineData(8, "August")]
    [InlineData(9, "September")]
    [InlineData(10, "October")]
    [InlineData(11, "November")]
    [InlineData(12, "December")]
    public void English_dates_put_the_month_first(int month, string name)
    {
        Assert.Equal($"{name} 5, 2022", MailDates.English(new DateOnly(2022, month, 5)));
        Assert.Equal($"{name} 28, 2023", MailDates.Format(new DateOnly(2023, month, 28), "en"));
    }

    [Fact]
    public void Spanish_dates_have_no_leading_zero()
    {
        Assert.Equal("31 de enero de 2022", MailDates.Format(new DateOnly(2022, 1, 31), "es"));
        Assert.Equal("1 de marzo de 2022", MailDates.Format(new DateOnly(2022, 3, 1), "es"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fr")]
    public void Unknown_languages_read_as_Spanish(string? language) =>
        Assert.Equal("31 de enero de 2022", MailDates.Format(new DateOnly(2022, 1, 31), language));

    [Fact]
    public void English_variants_read_as_English() =>
        Assert.Equal("January 31, 2022", MailDates.Format(new DateOnly(2022, 1, 31), "en-US"));
}
