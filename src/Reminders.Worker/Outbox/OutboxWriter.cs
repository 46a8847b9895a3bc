using System.Buffers;
using System.Data;
using System.Globalization;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Reminders.Core.Rules;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// Writes one run's messages and notification keys inside the caller's transaction with few statements: one prepared
/// INSERT reused for every message (and one for its body), and notifications in multi-row INSERTs of <see cref="RowsPerStatement"/> rows (one
/// statement, one round trip and one parse per batch instead of per row; docs/benchmarks.md, "Planning a country"); on SQLite
/// in one statement per <see cref="JsonBytesPerStatement"/> of keys that reads them from a JSON array parameter.
/// </summary>
internal sealed class OutboxWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string now)
{
    /// <summary>
    /// Four parameters a row: 400 per statement on the server providers (under SQL Server's 2,100), where each statement
    /// is a round trip. SQLite takes the keys as one JSON parameter instead (<see cref="JsonBytesPerStatement"/>): it looks
    /// each named parameter up along the statement's list, so its multi-row INSERTs were best at 10 rows and still paid
    /// that search on every row (docs/benchmarks.md).
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
        if (dialect.Provider == DatabaseProvider.Sqlite)
        {
            await WriteNotificationsAsJsonAsync(notifications, messageOf, runDate, cancellationToken).ConfigureAwait(false);
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
    /// SQLite: up to <see cref="JsonBytesPerStatement"/> of keys in one statement with one parameter, a JSON array of rows read by
    /// <c>jsonb_each</c>, which walks the array in order. SQLite binds every parameter
    /// by name, searching the statement's list of names one by one: with seven named parameters a row that search was
    /// ~6 % of a first run's CPU (docs/benchmarks.md, "Planning a country", round 2). Still one parameterised statement;
    /// every key still goes through the primary key, row by row.
    /// </summary>
    private async Task WriteNotificationsAsJsonAsync(
        IReadOnlyList<PlannedNotification> notifications, IReadOnlyDictionary<string, long> messageOf, DateOnly runDate, CancellationToken cancellationToken)
    {
        if (notifications.Count == 0)
        {
            return;
        }

        await using var command = Command(dialect.InsertFromJsonRows(
            "notifications", NotificationColumns, fields: 4, sharedValues: "@RunDate", rowsParameter: "@Rows"));
        Add(command, "@RunDate", DbType.String).Value = Text.Date(runDate);
        await JsonRows.ExecuteAsync(Add(command, "@Rows", DbType.Binary), new ArrayBufferWriter<byte>(JsonBytesPerStatement + 1024), notifications,
            JsonBytesPerStatement, (json, n) => WriteRow(json, n, messageOf), command.ExecuteNonQueryAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One key's fields in <see cref="NotificationColumns"/>' order, up to <c>message_id</c>.</summary>
    private static void WriteRow(Utf8JsonWriter json, PlannedNotification n, IReadOnlyDictionary<string, long> messageOf)
    {
        json.WriteNumberValue(n.ActivityId);
        json.WriteStringValue(n.Key);
        json.WriteStringValue(StoredNames.Of(n.State));
        JsonRows.NumberOrNull(json, messageOf.TryGetValue(n.Key, out var message) ? message : null);
    }

    /// <summary>
    /// A key's row: the key itself (which names its kind, activity, office or recipient and date, docs/rules.md §2), its
    /// activity first because the table is kept in that order, its state, its message and the run that recorded it
    /// (docs/architecture.md, "The notification keys").
    /// </summary>
    private const string NotificationColumns = "activity_id, notification_key, state, message_id, run_date";

    /// <summary>
    /// The JSON of one SQLite statement's keys, in UTF-8 bytes (~480 keys at the bench's shape). The buffer and the bytes
    /// bound as the parameter (<see cref="JsonRows"/>) stay under the runtime's large-object threshold (85,000 bytes): with
    /// 1,000 keys a statement, each of those objects went to the large-object heap, whose budget then started a full
    /// (generation 2) collection every few entities (docs/benchmarks.md, "Planning a country", round 5).
    /// </summary>
    internal const int JsonBytesPerStatement = 32 * 1024;

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
