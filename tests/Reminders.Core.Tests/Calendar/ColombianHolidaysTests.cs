using System.Globalization;
using Reminders.Core.Calendar;

namespace Reminders.Core.Tests.Calendar;

public class ColombianHolidaysTests
{
    // Official calendars for 2021–2025; 2026–2028 worked out from Ley 51 de 1983, Easter and the 9 July holiday from 2026.
    // 2025 has two holidays on 30 June (Sagrado Corazón and San Pedro y San Pablo).
    public static TheoryData<int, string[]> Years => new()
    {
        { 2021, ["01-01", "01-11", "03-22", "04-01", "04-02", "05-01", "05-17", "06-07", "06-14", "07-05", "07-20", "08-07", "08-16", "10-18", "11-01", "11-15", "12-08", "12-25"] },
        { 2022, ["01-01", "01-10", "03-21", "04-14", "04-15", "05-01", "05-30", "06-20", "06-27", "07-04", "07-20", "08-07", "08-15", "10-17", "11-07", "11-14", "12-08", "12-25"] },
        { 2023, ["01-01", "01-09", "03-20", "04-06", "04-07", "05-01", "05-22", "06-12", "06-19", "07-03", "07-20", "08-07", "08-21", "10-16", "11-06", "11-13", "12-08", "12-25"] },
        { 2024, ["01-01", "01-08", "03-25", "03-28", "03-29", "05-01", "05-13", "06-03", "06-10", "07-01", "07-20", "08-07", "08-19", "10-14", "11-04", "11-11", "12-08", "12-25"] },
        { 2025, ["01-01", "01-06", "03-24", "04-17", "04-18", "05-01", "06-02", "06-23", "06-30", "06-30", "07-20", "08-07", "08-18", "10-13", "11-03", "11-17", "12-08", "12-25"] },
        { 2026, ["01-01", "01-12", "03-23", "04-02", "04-03", "05-01", "05-18", "06-08", "06-15", "06-29", "07-13", "07-20", "08-07", "08-17", "10-12", "11-02", "11-16", "12-08", "12-25"] },
        { 2027, ["01-01", "01-11", "03-22", "03-25", "03-26", "05-01", "05-10", "05-31", "06-07", "07-05", "07-12", "07-20", "08-07", "08-16", "10-18", "11-01", "11-15", "12-08", "12-25"] },
        { 2028, ["01-01", "01-10", "03-20", "04-13", "04-14", "05-01", "05-29", "06-19", "06-26", "07-03", "07-10", "07-20", "08-07", "08-21", "10-16", "11-06", "11-13", "12-08", "12-25"] },
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void Holidays_of_a_year_are_the_official_list(int year, string[] expected)
    {
        var actual = ColombianHolidays.For(year).Select(h => h.Date.ToString("MM-dd", CultureInfo.InvariantCulture));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Holidays_carry_their_Spanish_names()
    {
        Assert.Equal(
            [
                "2022-01-01 Año Nuevo", "2022-01-10 Reyes Magos", "2022-03-21 San José", "2022-04-14 Jueves Santo",
                "2022-04-15 Viernes Santo", "2022-05-01 Día del Trabajo", "2022-05-30 Ascensión del Señor",
                "2022-06-20 Corpus Christi", "2022-06-27 Sagrado Corazón de Jesús", "2022-07-04 San Pedro y San Pablo",
                "2022-07-20 Día de la Independencia", "2022-08-07 Batalla de Boyacá", "2022-08-15 Asunción de la Virgen",
                "2022-10-17 Día de la Raza", "2022-11-07 Todos los Santos", "2022-11-14 Independencia de Cartagena",
                "2022-12-08 Inmaculada Concepción", "2022-12-25 Navidad",
            ],
            ColombianHolidays.For(2022).Select(h => $"{h.Date:yyyy-MM-dd} {h.Name}"));
    }

    [Fact]
    public void Virgen_de_Chiquinquira_is_a_holiday_only_from_2026()
    {
        Assert.DoesNotContain(ColombianHolidays.For(2025), h => h.Name == "Virgen de Chiquinquirá");
        Assert.Contains(ColombianHolidays.For(2026), h => h.Name == "Virgen de Chiquinquirá" && h.Date == new DateOnly(2026, 7, 13));
    }

    [Fact]
    public void Moved_holidays_fall_on_Mondays()
    {
        var moved = new[] { "Reyes Magos", "San José", "San Pedro y San Pablo", "Asunción de la Virgen", "Día de la Raza", "Todos los Santos", "Independencia de Cartagena", "Virgen de Chiquinquirá", "Ascensión del Señor", "Corpus Christi", "Sagrado Corazón de Jesús" };
        var holidays = Enumerable.Range(2021, 12).SelectMany(ColombianHolidays.For).Where(h => moved.Contains(h.Name));

        Assert.All(holidays, h => Assert.Equal(DayOfWeek.Monday, h.Date.DayOfWeek));
    }
}
