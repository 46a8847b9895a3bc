namespace Reminders.Core.Plans;

/// <summary>When an activity is due: on a date, or ongoing (PERMANENTE) with an optional cadence.</summary>
public sealed record Schedule
{
    private Schedule(DateOnly? due, Cadence? cadence)
    {
        Due = due;
        Cadence = cadence;
    }

    /// <summary>The due date, or null for an ongoing duty.</summary>
    public DateOnly? Due { get; }

    /// <summary>For an ongoing duty, the cadence the plan names (<c>Mensual</c>…), or null for the configured default.</summary>
    public Cadence? Cadence { get; }

    public bool IsOngoing => Due is null;

    public static Schedule On(DateOnly due) => new(due, null);

    public static Schedule Ongoing(Cadence? cadence = null) => new(null, cadence);

    public override string ToString() =>
        Due is { } due ? due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : Cadence is { } cadence ? $"ongoing ({cadence.ToName()})" : "ongoing";
}
