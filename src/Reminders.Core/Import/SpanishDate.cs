using Reminders.Core.Plans;

namespace Reminders.Core.Import;

/// <summary>The outcome of reading a Spanish date.</summary>
/// <param name="Schedule">The schedule read, when <paramref name="Status"/> is <see cref="SpanishDateStatus.Parsed"/>.</param>
/// <param name="YearSeen">The year the text itself names, if any (used to guess the plan year).</param>
public sealed record SpanishDate(SpanishDateStatus Status, Schedule? Schedule, int? YearSeen)
{
    public static SpanishDate Unreadable { get; } = new(SpanishDateStatus.Unreadable, null, null);
}
