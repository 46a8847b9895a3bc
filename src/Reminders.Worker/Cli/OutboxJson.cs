using Reminders.Worker.Outbox;

namespace Reminders.Worker.Cli;

/// <summary>The documented JSON of one message in <c>outbox list --json</c>: <c>items</c> are activity numbers (<c>1.4</c>), <c>activities</c> the same with their component (<c>III 1.4</c>).</summary>
public sealed record OutboxJson(
    long Id,
    string Kind,
    string Entity,
    string? Office,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string RunDate,
    string State,
    int Attempts,
    IReadOnlyList<string> Items,
    IReadOnlyList<string> Activities,
    string? Error,
    string? Refused,
    string CreatedAt,
    string? SentAt)
{
    public static OutboxJson From(OutboxRow row) => new(
        row.Id, row.Kind, row.Entity, row.Office, row.To, row.Cc, row.Subject, row.RunDate, row.State, row.Attempts,
        row.Items.Select(i => i[(i.LastIndexOf(' ') + 1)..]).ToList(), row.Items, row.Error, row.Refused, row.CreatedAt, row.SentAt);
}
