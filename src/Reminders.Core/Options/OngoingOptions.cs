using System.Globalization;
using Reminders.Core.Plans;

namespace Reminders.Core.Options;

/// <summary><c>Reminders:Ongoing</c>: reminders for ongoing (PERMANENTE) duties.</summary>
public sealed class OngoingOptions
{
    public static readonly IReadOnlyList<string> DefaultCutOffs = ["04-30", "08-31", "12-31"];

    public static readonly IReadOnlyList<int> DefaultCutOffLeadDays = [10, 3];

    /// <summary>The slot length when the plan names no cadence.</summary>
    public Cadence Cadence { get; set; } = Cadence.Monthly;

    /// <summary>Reporting cut-offs as <c>MM-dd</c> (default 04-30, 08-31, 12-31).</summary>
    public string[] CutOffs { get; set; } = [];

    /// <summary>Lead days before each cut-off (default 10, 3), handled like milestones.</summary>
    public int[] CutOffLeadDays { get; set; } = [];

    internal void ApplyDefaults()
    {
        if (CutOffs.Length == 0)
        {
            CutOffs = [.. DefaultCutOffs];
        }

        if (CutOffLeadDays.Length == 0)
        {
            CutOffLeadDays = [.. DefaultCutOffLeadDays];
        }
    }

    /// <summary>The cut-offs of <paramref name="year"/> in date order (29 February falls back to the 28th).</summary>
    public IReadOnlyList<DateOnly> CutOffDates(int year) =>
        [.. CutOffs.Select(text => ParseCutOff(text, year)).Distinct().Order()];

    /// <summary>Parses an <c>MM-dd</c> cut-off for a year; false when it is not a valid month and day.</summary>
    public static bool TryParseCutOff(string? text, int year, out DateOnly date)
    {
        date = default;
        if (!DateOnly.TryParseExact($"2024-{text?.Trim()}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var leap))
        {
            return false;
        }

        date = new DateOnly(year, leap.Month, Math.Min(leap.Day, DateTime.DaysInMonth(year, leap.Month)));
        return true;
    }

    private static DateOnly ParseCutOff(string text, int year) =>
        TryParseCutOff(text, year, out var date) ? date
        : throw new FormatException($"Reminders:Ongoing:CutOffs: '{text}' no es una fecha MM-dd.");
}
