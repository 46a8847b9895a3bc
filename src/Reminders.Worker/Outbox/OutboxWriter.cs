using System.Data;
using System.Globalization;
using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Reminders.Core.Rules;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// Writes one run's messages and notification keys inside the caller's transaction with few statements: on SQLite three
/// statements prepared once and stepped once a row (<see cref="SqliteOutboxRows"/>); on PostgreSQL the messages in batches
/// (<see cref="BatchedMessageWriter"/>); on SQL Server one prepared INSERT reused for every message (and one for its body);
/// on both servers notifications in multi-row INSERTs of <see cref="RowsPerStatement"/> rows (one statement, one round
/// trip and one parse per batch instead of per row; docs/benchmarks.md, "Planning a country").
/// </summary>
internal sealed class OutboxWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string now)
{
    /// <summary>
    /// Four parameters a row: 400 per statement on the server providers (under SQL Server's 2,100), where each statement
    /// is a round trip. SQLite, in process, steps one prepared single-row INSERT a key instead (<see cref="SqliteOutboxRows"/>).
    /// </summary>
    internal const int RowsPerStatement = 100;

    /// <summary>Inserts the messages; returns the id of each message's notification keys.</summary>
    public async Task<Dictionary<string, long>> WriteMessagesAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var messageOf = new Dictionary<string, long>(StringComparer.Ordinal);
        if (messages.Count == 0)
        {
            return messageOf;
        }

        if (connection is SqliteConnection sqlite)
        {
            SqliteOutboxRows.WriteMessages(sqlite, messages, now, messageOf, cancellationToken);
            return messageOf;
        }

        if (dialect.Provider == DatabaseProvider.Postgres)
        {
            await BatchedMessageWriter.WriteAsync(connection, transaction, dialect, now, messages, messageOf, cancellationToken).ConfigureAwait(false);
            return messageOf;
        }

        await using var command = Command(dialect.InsertReturningId("outbox_messages", MessageColumns.Names, MessageColumns.Values));
        var row = Array.ConvertAll(MessageColumns.Row, p => Add(command, p.Name, p.Type));
        Add(command, "@Now", DbType.String).Value = now;
        await using var body = Command("INSERT INTO outbox_bodies (message_id, mime, compression) VALUES (@Id, @Mime, @Compression)");
        var bodyId = Add(body, "@Id", DbType.Int64);
        var bodyValues = Array.ConvertAll(MessageColumns.Body, p => Add(body, p.Name, p.Type));
        foreach (var message in messages)
        {
            Set(row, MessageColumns.RowValues(message));
            var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            bodyId.Value = id;
            Set(bodyValues, MessageColumns.BodyValues(message));
            await body.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            foreach (var notificationKey in message.NotificationKeys)
            {
                messageOf[notificationKey] = id;
            }
        }

        return messageOf;
    }

    /// <summary>Inserts the notifications, each pointing at the message that carries it (none for superseded ones).</summary>
    public async Task WriteNotificationsAsync(
        IReadOnlyList<PlannedNotification> notifications, IReadOnlyDictionary<string, long> messageOf, DateOnly runDate, CancellationToken cancellationToken)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqliteOutboxRows.WriteNotifications(sqlite, notifications, messageOf, Text.Date(runDate), cancellationToken);
            return;
        }

        await DbCommands.ForEachChunkAsync(notifications, RowsPerStatement, rows => NotificationCommand(rows, runDate), async (command, chunk) =>
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                var n = chunk[i];
                var p = command.Parameters;
                var at = 1 + (i * 4);
                p[at].Value = n.ActivityId;
                p[at + 1].Value = n.Key;
                p[at + 2].Value = StoredNames.Of(n.State);
                p[at + 3].Value = messageOf.TryGetValue(n.Key, out var m) ? m : DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>
    /// A key's row: the key itself (which names its kind, activity, office or recipient and date, docs/rules.md §2), its
    /// activity first because the table is kept in that order, its state, its message and the run that recorded it
    /// (docs/architecture.md, "The notification keys").
    /// </summary>
    internal const string NotificationColumns = "activity_id, notification_key, state, message_id, run_date";

    private DbCommand NotificationCommand(int rows, DateOnly runDate)
    {
        var values = new StringBuilder(rows * 48);
        for (var i = 0; i < rows; i++)
        {
            values.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"(@a{i}, @k{i}, @s{i}, @m{i}, @RunDate)");
        }

        var command = Command("INSERT INTO notifications (" + NotificationColumns + ") VALUES " + values);
        Add(command, "@RunDate", DbType.String).Value = Text.Date(runDate);
        for (var i = 0; i < rows; i++)
        {
            Add(command, $"@a{i}", DbType.Int64);
            Add(command, $"@k{i}", DbType.String);
            Add(command, $"@s{i}", DbType.String);
            Add(command, $"@m{i}", DbType.Int64);
        }

        return command;
    }

    private DbCommand Command(string sql) => DbCommands.Create(connection, transaction, sql);

    private static void Set(DbParameter[] parameters, object[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i];
        }
    }

    private static DbParameter Add(DbCommand command, string name, DbType type) => DbCommands.Add(command, name, type);
}
