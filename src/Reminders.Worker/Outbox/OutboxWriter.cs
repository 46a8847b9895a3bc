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
/// statement, one round trip and one parse per batch instead of per row; docs/benchmarks.md, "Planning a country").
/// </summary>
internal sealed class OutboxWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string now)
{
    /// <summary>
    /// Seven parameters a row: 700 per statement on the server providers (under SQL Server's 2,100), where each statement
    /// is a round trip. SQLite has no round trip but looks each parameter up by name along the statement's list, so a long
    /// statement costs more per row than a short one: 10 rows there (measured, docs/benchmarks.md).
    /// </summary>
    internal static int RowsPerStatement(SqlDialect dialect) => dialect.Provider == DatabaseProvider.Sqlite ? 10 : 100;

    /// <summary>Inserts the messages; returns the id of each message's notification keys.</summary>
    public async Task<Dictionary<string, long>> WriteMessagesAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var messageOf = new Dictionary<string, long>(StringComparer.Ordinal);
        if (messages.Count == 0)
        {
            return messageOf;
        }

        await using var command = Command(dialect.InsertReturningId(
            "outbox_messages",
            "message_key, kind, entity, office, recipients_to, recipients_cc, subject, run_date, items, state, attempts, next_attempt_at, created_at",
            "@Key, @Kind, @Entity, @Office, @To, @Cc, @Subject, @RunDate, @Items, 'pending', 0, @Now, @Now"));
        await using var body = Command("INSERT INTO outbox_bodies (message_id, mime, compression) VALUES (@Id, @Mime, @Compression)");
        var bodyId = Add(body, "@Id", DbType.Int64);
        var mime = Add(body, "@Mime", DbType.Binary);
        var compression = Add(body, "@Compression", DbType.String);
        var key = Add(command, "@Key", DbType.String);
        var kind = Add(command, "@Kind", DbType.String);
        var entity = Add(command, "@Entity", DbType.String);
        var office = Add(command, "@Office", DbType.String);
        var to = Add(command, "@To", DbType.String);
        var cc = Add(command, "@Cc", DbType.String);
        var subject = Add(command, "@Subject", DbType.String);
        var runDate = Add(command, "@RunDate", DbType.String);
        var items = Add(command, "@Items", DbType.String);
        Add(command, "@Now", DbType.String).Value = now;
        foreach (var message in messages)
        {
            key.Value = message.Key;
            kind.Value = StoredNames.Of(message.Kind);
            entity.Value = message.Entity;
            office.Value = (object?)message.Office ?? DBNull.Value;
            to.Value = Text.Join(message.To);
            cc.Value = Text.Join(message.Cc);
            subject.Value = message.Subject;
            runDate.Value = Text.Date(message.RunDate);
            items.Value = JsonSerializer.Serialize(message.Items.Select(i => i.Activity));
            var id = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            bodyId.Value = id;
            mime.Value = message.Compressed ?? message.Mime;
            compression.Value = message.Compressed is null ? DBNull.Value : StoredMime.Zlib;
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
        DbCommand? full = null;
        var rows = RowsPerStatement(dialect);
        try
        {
            foreach (var chunk in notifications.Chunk(rows))
            {
                // Every full batch reuses one command (parsed and planned once); the last, shorter one gets its own.
                var command = chunk.Length == rows ? full ??= NotificationCommand(rows, runDate) : NotificationCommand(chunk.Length, runDate);
                try
                {
                    for (var i = 0; i < chunk.Length; i++)
                    {
                        var n = chunk[i];
                        var p = command.Parameters;
                        var at = 2 + (i * 7);
                        p[at].Value = n.Key;
                        p[at + 1].Value = StoredNames.Of(n.Kind);
                        p[at + 2].Value = n.ActivityId;
                        p[at + 3].Value = (object?)n.OfficeId ?? DBNull.Value;
                        p[at + 4].Value = (object?)n.Recipient ?? DBNull.Value;
                        p[at + 5].Value = StoredNames.Of(n.State);
                        p[at + 6].Value = messageOf.TryGetValue(n.Key, out var m) ? m : DBNull.Value;
                    }

                    await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    if (command != full)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private DbCommand NotificationCommand(int rows, DateOnly runDate)
    {
        var values = new StringBuilder(rows * 48);
        for (var i = 0; i < rows; i++)
        {
            values.Append(i == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"(@k{i}, @t{i}, @a{i}, @o{i}, @r{i}, @s{i}, @m{i}, @RunDate, @Now)");
        }

        var command = Command(
            "INSERT INTO notifications (notification_key, kind, activity_id, office_id, recipient, state, message_id, run_date, created_at) VALUES "
            + values);
        Add(command, "@RunDate", DbType.String).Value = Text.Date(runDate);
        Add(command, "@Now", DbType.String).Value = now;
        for (var i = 0; i < rows; i++)
        {
            Add(command, $"@k{i}", DbType.String);
            Add(command, $"@t{i}", DbType.String);
            Add(command, $"@a{i}", DbType.Int64);
            Add(command, $"@o{i}", DbType.Int64);
            Add(command, $"@r{i}", DbType.String);
            Add(command, $"@s{i}", DbType.String);
            Add(command, $"@m{i}", DbType.Int64);
        }

        return command;
    }

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static DbParameter Add(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
