namespace Reminders.Worker.Data;

internal sealed class OfficeRow
{
    public long Id { get; set; }
    public long EntityId { get; set; }
    public string Entity { get; set; } = "";
    public string Name { get; set; } = "";
    public string Emails { get; set; } = "";
    public string? HeadEmail { get; set; }
    public string Language { get; set; } = "es";
}
