namespace Reminders.Worker.Data;

internal sealed class StoredActivityRow
{
    public long Id { get; set; }
    public int SubNumber { get; set; }
    public int ItemNumber { get; set; }
    public long SubcomponentId { get; set; }
    public string Text { get; set; } = "";
    public string Product { get; set; } = "";
    public string? DueDate { get; set; }
    public string? Cadence { get; set; }
    public string? RemovedAt { get; set; }
    public string OfficeIds { get; set; } = "";
}
