using Reminders.Worker.Outbox;
using Reminders.Worker.Planning;

namespace Reminders.Worker.Cli;

/// <summary>The documented JSON of one message in <c>preview --json</c>.</summary>
public sealed record MessageJson(
    string Kind,
    string Entity,
    string? Office,
    IReadOnlyList<string> To,
    IReadOnlyList<string> Cc,
    string Subject,
    string RunDate,
    IReadOnlyList<PlannedItem> Items)
{
    public static MessageJson From(PlannedMessage message) => new(
        StoredNames.Of(message.Entry.Kind), message.Entry.Entity, message.Entry.Office, message.Entry.To, message.Entry.Cc, message.Entry.Subject,
        message.Entry.RunDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        message.Items);
}
