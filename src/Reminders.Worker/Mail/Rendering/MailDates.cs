using System.Globalization;

namespace Reminders.Worker.Mail.Rendering;

/// <summary>
/// Writes dates the way a mail reader expects them: Spanish "31 de enero de 2022", English "January 31, 2022".
/// Month names are spelled out here rather than taken from the operating system's culture data.
/// </summary>
public static class MailDates
{
    private static readonly string[] SpanishMonths =
    [
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Formats <paramref name="date"/> in <paramref name="language"/> (<c>en</c> for English, Spanish otherwise).</summary>
    public static string Format(DateOnly date, string? language) =>
        MailLanguage.IsEnglish(language) ? English(date) : Spanish(date);

    /// <summary>"31 de enero de 2022": day without a leading zero, month in lower case.</summary>
    public static string Spanish(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} de {SpanishMonths[date.Month - 1]} de {date.Year}");

    /// <summary>"January 31, 2022".</summary>
    public static string English(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}");
}
