using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Reminders.Core.Plans;
using Reminders.Core.Text;

namespace Reminders.Core.Import;

/// <summary>
/// Reads the dates PAAC plans write: <c>31 DE ENERO DE 2022</c>, <c>Enero 31 de 2022</c>, <c>31/01/2022</c>,
/// <c>2022-01-31</c>, <c>31-ene-2022</c>, month ranges (<c>Enero - Marzo</c>, due at the end), day ranges
/// (<c>22 al 28 de abril de 2017</c>), months (<c>Mayo 2021</c>, due on its last day), and ongoing duties
/// (<c>PERMANENTE</c>, <c>Durante la vigencia</c>, <c>Mensual</c>, <c>Trimestral</c>…).
/// </summary>
public static partial class SpanishDates
{
    /// <summary>What the administrator is told a date cell should hold.</summary>
    public const string Expected = "una fecha como «31 de enero de 2022», «31/01/2022» o «PERMANENTE»";

    private static readonly Dictionary<string, Schedule> OngoingWords = new(StringComparer.Ordinal)
    {
        ["permanente"] = Schedule.Ongoing(),
        ["permanentemente"] = Schedule.Ongoing(),
        ["durante la vigencia"] = Schedule.Ongoing(),
        ["durante toda la vigencia"] = Schedule.Ongoing(),
        ["toda la vigencia"] = Schedule.Ongoing(),
        ["mensual"] = Schedule.Ongoing(Cadence.Monthly),
        ["mensualmente"] = Schedule.Ongoing(Cadence.Monthly),
        ["trimestral"] = Schedule.Ongoing(Cadence.Quarterly),
        ["trimestralmente"] = Schedule.Ongoing(Cadence.Quarterly),
        ["cuatrimestral"] = Schedule.Ongoing(Cadence.FourMonthly),
        ["cuatrimestralmente"] = Schedule.Ongoing(Cadence.FourMonthly),
        ["semestral"] = Schedule.Ongoing(Cadence.HalfYearly),
        ["semestralmente"] = Schedule.Ongoing(Cadence.HalfYearly),
    };

    /// <summary>Reads <paramref name="text"/>; a date without a year takes <paramref name="planYear"/>.</summary>
    public static SpanishDate Parse(string? text, int? planYear)
    {
        var folded = Spaces.Squeeze(TextKey.Fold(text ?? string.Empty));
        if (folded.Length == 0)
        {
            return SpanishDate.Unreadable;
        }

        if (OngoingWords.TryGetValue(folded.TrimEnd('.'), out var ongoing))
        {
            return new SpanishDate(SpanishDateStatus.Parsed, ongoing, null);
        }

        var withoutTime = TimeOfDay().Replace(folded, string.Empty);
        var iso = IsoDate().Match(withoutTime);
        if (iso.Success)
        {
            return Build(Number(iso, "year"), Number(iso, "month"), Number(iso, "day"));
        }

        var numeric = NumericDate().Match(withoutTime);
        if (numeric.Success)
        {
            var year = Number(numeric, "year");
            return Build(year < 100 ? 2000 + year : year, Number(numeric, "month"), Number(numeric, "day"));
        }

        return SpanishDateText.Parse(folded, planYear);
    }

    /// <summary>Reads <paramref name="text"/> as <see cref="Parse"/> does; false when it is not a usable date.</summary>
    public static bool TryParse(string? text, int? planYear, [NotNullWhen(true)] out Schedule? schedule, out int? yearSeen)
    {
        var result = Parse(text, planYear);
        schedule = result.Schedule;
        yearSeen = result.YearSeen;
        return result.Status == SpanishDateStatus.Parsed && schedule is not null;
    }

    /// <summary>A dated schedule for year, month and day, or <see cref="SpanishDateStatus.Impossible"/> if no such day exists.</summary>
    internal static SpanishDate Build(int year, int month, int day)
    {
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return new SpanishDate(SpanishDateStatus.Impossible, null, year);
        }

        return new SpanishDate(SpanishDateStatus.Parsed, Schedule.On(new DateOnly(year, month, day)), year);
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?\s*m\.?)?)$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(?<day>\d{1,2})(?<sep>[/.\-])(?<month>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})$")]
    private static partial Regex NumericDate();
}
