using System.Globalization;

namespace Reminders.Core.Options;

/// <summary><c>Reminders:Calendar</c>: which days are business days and whether runs happen on the others.</summary>
public sealed class CalendarOptions
{
    /// <summary>The holiday calendar; only <c>CO</c> (Colombia) is known.</summary>
    public string Country { get; set; } = "CO";

    /// <summary>Extra closed days, <c>yyyy-MM-dd</c>.</summary>
    public string[] ExtraClosedDays { get; set; } = [];

    /// <summary>Days that are business days although they would not be, <c>yyyy-MM-dd</c>.</summary>
    public string[] ExtraWorkingDays { get; set; } = [];

    /// <summary>Plan on weekends and holidays too (by default such runs plan nothing).</summary>
    public bool RunOnNonBusinessDays { get; set; }

    public IReadOnlyList<DateOnly> ClosedDates() => [.. ExtraClosedDays.Select(Parse)];

    public IReadOnlyList<DateOnly> WorkingDates() => [.. ExtraWorkingDays.Select(Parse)];

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DateOnly Parse(string text) =>
        TryParseDate(text, out var date) ? date
        : throw new FormatException($"Reminders:Calendar: '{text}' no es una fecha yyyy-MM-dd.");
}
