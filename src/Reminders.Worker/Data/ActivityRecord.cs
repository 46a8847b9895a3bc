namespace Reminders.Worker.Data;

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
    public string? Cadence { get; set; }
    public string State { get; set; } = "open";
    public string? CompletedOn { get; set; }
    public string? Evidence { get; set; }
}
