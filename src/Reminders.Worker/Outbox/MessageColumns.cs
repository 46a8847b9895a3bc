using System.Data;
using System.Text.Json;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// An outbox message as the columns and parameters of its row and of its body, for every way <see cref="OutboxWriter"/>
/// inserts one (a prepared statement per message, or PostgreSQL's batches in <see cref="BatchedMessageWriter"/>): one list
/// of columns, one of parameters and one mapping from the message, so the two ways cannot drift apart.
/// </summary>
internal static class MessageColumns
{
    /// <summary>The row's columns, in the order of <see cref="Values"/>.</summary>
    public const string Names =
        "message_key, kind, entity, office, recipients_to, recipients_cc, subject, run_date, items, state, attempts, next_attempt_at, created_at";

    /// <summary>The row's values: <see cref="Row"/>'s parameters, a new message's state, and the run's <c>@Now</c>.</summary>
    public const string Values = "@Key, @Kind, @Entity, @Office, @To, @Cc, @Subject, @RunDate, @Items, 'pending', 0, @Now, @Now";

    /// <summary>The message's own parameters of the row, in the order of <see cref="RowValues"/>.</summary>
    public static readonly (string Name, DbType Type)[] Row =
    [
        ("@Key", DbType.String), ("@Kind", DbType.String), ("@Entity", DbType.String), ("@Office", DbType.String), ("@To", DbType.String),
        ("@Cc", DbType.String), ("@Subject", DbType.String), ("@RunDate", DbType.String), ("@Items", DbType.String),
    ];

    /// <summary>The body's parameters (besides the message's id), in the order of <see cref="BodyValues"/>.</summary>
    public static readonly (string Name, DbType Type)[] Body = [("@Mime", DbType.Binary), ("@Compression", DbType.String)];

    public static object[] RowValues(OutboxMessage message) =>
    [
        message.Key, StoredNames.Of(message.Kind), message.Entity, (object?)message.Office ?? DBNull.Value, Text.Join(message.To),
        Text.Join(message.Cc), message.Subject, Text.Date(message.RunDate), JsonSerializer.Serialize(message.Items.Select(i => i.Activity)),
    ];

    public static object[] BodyValues(OutboxMessage message) =>
        [message.Compressed ?? message.Mime, message.Compressed is null ? DBNull.Value : StoredMime.Zlib];
}
