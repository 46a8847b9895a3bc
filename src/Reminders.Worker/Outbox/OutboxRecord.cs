namespace Reminders.Worker.Outbox;

// Stryker disable all : a Dapper row; every property is set from its NOT NULL column, the initializers only satisfy nullability.
internal sealed class OutboxRecord
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string Entity { get; set; } = "";
    public string? Office { get; set; }
    public string RecipientsTo { get; set; } = "";
    public string RecipientsCc { get; set; } = "";
    public string Subject { get; set; } = "";
    public string RunDate { get; set; } = "";
    public string State { get; set; } = "";
    public int Attempts { get; set; }
    public string Items { get; set; } = "[]";
    public string? Error { get; set; }
    public string? Refused { get; set; }
    public string CreatedAt { get; set; } = "";
    public string? SentAt { get; set; }
}
