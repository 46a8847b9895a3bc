namespace Reminders.Worker.Outbox;

/// <summary>One entity's outcome in one recorded planning run (<c>reminders outbox runs</c>).</summary>
public sealed class PlanningRunRecord
{
    public long Id { get; set; }
    public string RunDate { get; set; } = "";
    public string Entity { get; set; } = "";
    public string Outcome { get; set; } = "";
    public int Messages { get; set; }
    public string? Error { get; set; }
    public string CreatedAt { get; set; } = "";
}
