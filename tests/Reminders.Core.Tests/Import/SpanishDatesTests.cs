using Reminders.Core.Import;
using Reminders.Core.Plans;

namespace Reminders.Core.Tests.Import;

public class SpanishDatesTests
{
    [Theory]
    [InlineData("31 DE ENERO DE 2022", "2022-01-31")]
    [InlineData("31 de enero de 2022", "2022-01-31")]
    [InlineData("  31  de   enero de 2022. ", "2022-01-31")]
    [InlineData("Enero 31 de 2022", "2022-01-31")]
    [InlineData("Enero 31, 2022", "2022-01-31")]
    [InlineData("31/01/2022", "2022-01-31")]
    [InlineData("1/2/2022", "2022-02-01")]
    [InlineData("31-01-2022", "2022-01-31")]
    [InlineData("31/01/22", "2022-01-31")]
    [InlineData("31/01/2022 0:00:00", "2022-01-31")]
    [InlineData("2022-01-31", "2022-01-31")]
    [InlineData("2022-01-31 00:00", "2022-01-31")]
    [InlineData("31-ene-2022", "2022-01-31")]
    [InlineData("31-Ene-2022", "2022-01-31")]
    [InlineData("31 ene. 2022", "2022-01-31")]
    [InlineData("15 abril de 2017", "2017-04-15")]
    [InlineData("1° de marzo de 2022", "2022-03-01")]
    [InlineData("1º de marzo de 2022", "2022-03-01")]
    [InlineData("1o. de marzo de 2022", "2022-03-01")]
    [InlineData("30 de setiembre de 2022", "2022-09-30")]
    [InlineData("30 de septiembre de 2022", "2022-09-30")]
    [InlineData("30-sept-2022", "2022-09-30")]
    [InlineData("15 DE DICIEMBRE DE 2022", "2022-12-15")]
    [InlineData("29 de febrero de 2024", "2024-02-29")]
    [InlineData("A 31 de diciembre de 2022", "2022-12-31")]
    [InlineData("Hasta el 30 de junio de 2022", "2022-06-30")]
    [InlineData("31 de Enero del 2022", "2022-01-31")]
    public void Parses_a_single_date(string text, string expected)
    {
        var result = SpanishDates.Parse(text, planYear: null);

        Assert.Equal(SpanishDateStatus.Parsed, result.Status);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Schedule!.Due);
        Assert.Equal(int.Parse(expected[..4], System.Globalization.CultureInfo.InvariantCulture), result.YearSeen);
    }

    [Theory]
    [InlineData("22 al 28 de abril de 2017", "2017-04-28")]
    [InlineData("del 22 al 28 de abril de 2017", "2017-04-28")]
    [InlineData("19 y 20 de abril de 2017", "2017-04-20")]
    [InlineData("15 de marzo al 30 de abril de 2022", "2022-04-30")]
    [InlineData("Enero - Diciembre 2022", "2022-12-31")]
    [InlineData("Enero a Diciembre de 2022", "2022-12-31")]
    [InlineData("ENERO-JUNIO 2022", "2022-06-30")]
    [InlineData("Desde enero hasta febrero de 2024", "2024-02-29")]
    [InlineData("Mayo 2021", "2021-05-31")]
    [InlineData("Mayo de 2021", "2021-05-31")]
    [InlineData("FEBRERO DE 2022", "2022-02-28")]
    public void Reads_ranges_and_months_as_due_at_their_end(string text, string expected)
    {
        var result = SpanishDates.Parse(text, planYear: null);

        Assert.Equal(SpanishDateStatus.Parsed, result.Status);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Schedule!.Due);
    }

    [Theory]
    [InlineData("ENERO - MARZO", "2022-03-31")]
    [InlineData("Enero a Marzo", "2022-03-31")]
    [InlineData("Junio", "2022-06-30")]
    [InlineData("31 de enero", "2022-01-31")]
    [InlineData("22 al 28 de abril", "2022-04-28")]
    public void Gives_a_date_without_a_year_the_plan_year(string text, string expected)
    {
        var result = SpanishDates.Parse(text, planYear: 2022);

        Assert.Equal(SpanishDateStatus.Parsed, result.Status);
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result.Schedule!.Due);
        Assert.Null(result.YearSeen);
    }

    [Theory]
    [InlineData("ENERO - MARZO")]
    [InlineData("31 de enero")]
    public void Asks_for_a_year_when_neither_the_date_nor_the_plan_has_one(string text)
    {
        Assert.Equal(SpanishDateStatus.NeedsYear, SpanishDates.Parse(text, planYear: null).Status);
    }

    [Theory]
    [InlineData("PERMANENTE", null)]
    [InlineData("Permanente", null)]
    [InlineData("Durante la vigencia", null)]
    [InlineData("DURANTE TODA LA VIGENCIA", null)]
    [InlineData("Mensual", Cadence.Monthly)]
    [InlineData("TRIMESTRAL", Cadence.Quarterly)]
    [InlineData("Cuatrimestral", Cadence.FourMonthly)]
    [InlineData("Semestral", Cadence.HalfYearly)]
    public void Reads_ongoing_duties_with_their_cadence(string text, Cadence? cadence)
    {
        var result = SpanishDates.Parse(text, planYear: null);

        Assert.Equal(SpanishDateStatus.Parsed, result.Status);
        Assert.True(result.Schedule!.IsOngoing);
        Assert.Equal(cadence, result.Schedule.Cadence);
        Assert.Null(result.YearSeen);
    }

    [Theory]
    [InlineData("31 de febrero de 2022")]
    [InlineData("29 de febrero de 2023")]
    [InlineData("31/04/2022")]
    [InlineData("32/01/2022")]
    [InlineData("31/13/2022")]
    [InlineData("2022-02-30")]
    [InlineData("0 de enero de 2022")]
    [InlineData("31 de junio")]
    public void Rejects_a_date_that_does_not_exist(string text)
    {
        Assert.Equal(SpanishDateStatus.Impossible, SpanishDates.Parse(text, planYear: 2022).Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("pronto")]
    [InlineData("2022")]
    [InlineData("31")]
    [InlineData("31 de brumario de 2022")]
    [InlineData("Primer semestre")]
    [InlineData("31/01")]
    [InlineData("enero enero 2022")]
    public void Rejects_text_that_is_not_a_date(string text)
    {
        Assert.Equal(SpanishDateStatus.Unreadable, SpanishDates.Parse(text, planYear: 2022).Status);
    }

    [Fact]
    public void TryParse_reads_a_command_line_date()
    {
        Assert.True(SpanishDates.TryParse("31/01/2022", null, out var schedule, out var year));
        Assert.Equal(new DateOnly(2022, 1, 31), schedule.Due);
        Assert.Equal(2022, year);

        Assert.True(SpanishDates.TryParse("2022-01-31", null, out schedule, out _));
        Assert.Equal(new DateOnly(2022, 1, 31), schedule.Due);

        Assert.False(SpanishDates.TryParse("31/02/2022", null, out _, out _));
    }
}
