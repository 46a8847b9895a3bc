namespace Reminders.Core.Calendar;

/// <summary>
/// Colombia's national holidays: the fixed ones, those moved to the following Monday by Ley 51 de 1983,
/// the Easter-based ones, and 9 July (Virgen de Chiquinquirá, moved to Monday) from 2026 on.
/// </summary>
public static class ColombianHolidays
{
    /// <summary>The first year 9 July (Virgen de Chiquinquirá) is a holiday.</summary>
    public const int ChiquinquiraFrom = 2026;

    /// <summary>The holidays of <paramref name="year"/>, in date order. Two may fall on the same day.</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        var easter = Easter.Sunday(year);
        var list = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "Año Nuevo"),
            Moved(year, 1, 6, "Reyes Magos"),
            Moved(year, 3, 19, "San José"),
            new(easter.AddDays(-3), "Jueves Santo"),
            new(easter.AddDays(-2), "Viernes Santo"),
            new(new DateOnly(year, 5, 1), "Día del Trabajo"),
            new(easter.AddDays(43), "Ascensión del Señor"),
            new(easter.AddDays(64), "Corpus Christi"),
            new(easter.AddDays(71), "Sagrado Corazón de Jesús"),
            Moved(year, 6, 29, "San Pedro y San Pablo"),
            new(new DateOnly(year, 7, 20), "Día de la Independencia"),
            new(new DateOnly(year, 8, 7), "Batalla de Boyacá"),
            Moved(year, 8, 15, "Asunción de la Virgen"),
            Moved(year, 10, 12, "Día de la Raza"),
            Moved(year, 11, 1, "Todos los Santos"),
            Moved(year, 11, 11, "Independencia de Cartagena"),
            new(new DateOnly(year, 12, 8), "Inmaculada Concepción"),
            new(new DateOnly(year, 12, 25), "Navidad"),
        };

        if (year >= ChiquinquiraFrom)
        {
            list.Add(Moved(year, 7, 9, "Virgen de Chiquinquirá"));
        }

        return [.. list.OrderBy(h => h.Date)];
    }

    /// <summary>A holiday observed on the following Monday when the date is not a Monday (Ley 51 de 1983).</summary>
    private static Holiday Moved(int year, int month, int day, string name)
    {
        var date = new DateOnly(year, month, day);
        var shift = ((int)DayOfWeek.Monday - (int)date.DayOfWeek + 7) % 7;
        return new Holiday(date.AddDays(shift), name);
    }
}
