using System.Text;
using Microsoft.Data.Sqlite;
using Reminders.Core.Rules;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// SQLite: a run's messages, bodies and notification keys written by three statements prepared once and stepped once a row
/// (<see cref="SqliteStatement"/>), in the caller's transaction. The same columns and values as on the server providers
/// (<see cref="MessageColumns"/>); a message's id is the rowid its insert made.
/// </summary>
internal static class SqliteOutboxRows
{
    private const string InsertKey =
        "INSERT INTO notifications (" + OutboxWriter.NotificationColumns + ") VALUES (@Activity, @Key, @State, @Message, @RunDate)";

    /// <summary>Each key state's stored word in UTF-8, at the state's value (<c>GetValues</c> lists them in that order, from 0).</summary>
    private static readonly byte[][] States = Array.ConvertAll(
        Enum.GetValues<NotificationState>(), state => Encoding.UTF8.GetBytes(StoredNames.Of(state)));

    /// <summary>Inserts the messages and their bodies; adds the id of each message's notification keys to <paramref name="messageOf"/>.</summary>
    public static void WriteMessages(
        SqliteConnection connection, IReadOnlyList<OutboxMessage> messages, string now, Dictionary<string, long> messageOf, CancellationToken cancellationToken)
    {
        using var row = SqliteStatement.Prepare(connection, $"INSERT INTO outbox_messages ({MessageColumns.Names}) VALUES ({MessageColumns.Values})");
        using var body = SqliteStatement.Prepare(connection, "INSERT INTO outbox_bodies (message_id, mime, compression) VALUES (@Id, @Mime, @Compression)");
        var rowAt = Array.ConvertAll(MessageColumns.Row, p => row.IndexOf(p.Name));
        row.Bind(row.IndexOf("@Now"), now);
        var bodyId = body.IndexOf("@Id");
        var bodyAt = Array.ConvertAll(MessageColumns.Body, p => body.IndexOf(p.Name));
        for (var i = 0; i < messages.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var message = messages[i];
            Bind(row, rowAt, MessageColumns.RowValues(message));
            row.Execute();
            var id = row.LastInsertRowId;
            body.Bind(bodyId, id);
            Bind(body, bodyAt, MessageColumns.BodyValues(message));
            body.Execute();
            foreach (var notificationKey in message.NotificationKeys)
            {
                messageOf[notificationKey] = id;
            }
        }
    }

    /// <summary>Inserts the keys, each pointing at the message that carries it (none for superseded ones).</summary>
    public static void WriteNotifications(
        SqliteConnection connection, IReadOnlyList<PlannedNotification> notifications, IReadOnlyDictionary<string, long> messageOf, string runDate,
        CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        using var insert = SqliteStatement.Prepare(connection, InsertKey);
        int activity = insert.IndexOf("@Activity"), key = insert.IndexOf("@Key"), state = insert.IndexOf("@State"), message = insert.IndexOf("@Message");
        insert.Bind(insert.IndexOf("@RunDate"), runDate);
        for (var i = 0; i < notifications.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = notifications[i];
            insert.Bind(activity, n.ActivityId);
            insert.Bind(key, n.Key);
            insert.BindText(state, States[(int)n.State]);
            if (messageOf.TryGetValue(n.Key, out var id))
            {
                insert.Bind(message, id);
            }
            else
            {
                insert.BindNull(message);
            }

            insert.Execute();
        }
    }

    private static void Bind(SqliteStatement statement, int[] at, object[] values)
    {
        for (var i = 0; i < at.Length; i++)
        {
            statement.Bind(at[i], values[i]);
        }
    }
}
