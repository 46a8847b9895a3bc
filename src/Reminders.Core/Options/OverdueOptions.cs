namespace Reminders.Core.Options;

/// <summary><c>Reminders:Overdue</c>: when late work is reminded.</summary>
public sealed class OverdueOptions
{
    /// <summary>The weekday of the weekly overdue reminder (the first run on or after it in each ISO week).</summary>
    public DayOfWeek RepeatOn { get; set; } = DayOfWeek.Monday;

    /// <summary>Count days overdue in business days instead of calendar days.</summary>
    public bool InBusinessDays { get; set; }
}
