namespace Reminders.Worker.Data;

/// <summary>An activity row as the stores read it; each query fills the columns it selects.</summary>
internal sealed class ActivityRecord
{
    public long Id { get; set; }
    public string Entity { get; set; } = "";
    public int Year { get; set; }
    public string Component { get; set; } = "";
    public string Subcomponent { get; set; } = "";
    public int SubNumber { get; set; }
    public int ItemNumber { get; set; }
    public string Text { get; set; } = "";
    public string Product { get; set; } = "";
    public string? DueDate { get; set; }
    public string? StartDate { get; set; }

    /// <summary>The four-month periods marked, as <c>1,3</c> (<see cref="Reminders.Core.Plans.FourMonthPeriods"/>), or null.</summary>
    public string? Periods { get; set; }
    public string? Cadence { get; set; }
    public string State { get; set; } = "open";
    public string? CompletedOn { get; set; }
    public string? Evidence { get; set; }
    public long SubcomponentId { get; set; }
    public string? RemovedAt { get; set; }

    /// <summary>The ids of its offices, comma-separated.</summary>
    public string OfficeIds { get; set; } = "";
}
