using System.Data;
using System.Data.Common;
using System.Text.Json;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// PostgreSQL: a group's messages and their bodies sent to the server <see cref="MessagesPerBatch"/> at a time in one
/// round trip (an ADO.NET <see cref="DbBatch"/>, which Npgsql pipelines), each message one parameterised statement that
/// inserts the row and its body and returns its id. One statement for the row and one for the body, each waiting for the
/// server's answer, made the recording of a 600-entity first run ~21,600 round trips (docs/benchmarks.md, "Planning a
/// country", round 5). A key recorded meanwhile fails the batch like any statement of the group's transaction.
/// </summary>
internal static class BatchedMessageWriter
{
    internal const int MessagesPerBatch = 100;

    public static async Task WriteAsync(
        DbConnection connection, DbTransaction transaction, SqlDialect dialect, string now, IReadOnlyList<OutboxMessage> messages,
        Dictionary<string, long> messageOf, CancellationToken cancellationToken)
    {
        var insert = dialect.InsertMessageWithBody();
        foreach (var chunk in messages.Chunk(MessagesPerBatch))
        {
            await using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
            foreach (var message in chunk)
            {
                batch.BatchCommands.Add(Command(batch, insert, message, now));
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            foreach (var message in chunk)
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new InvalidOperationException($"The server returned no id for the message {message.Key}.");
                }

                var id = reader.GetInt64(0);
                foreach (var notificationKey in message.NotificationKeys)
                {
                    messageOf[notificationKey] = id;
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static DbBatchCommand Command(DbBatch batch, string insert, OutboxMessage message, string now)
    {
        var command = batch.CreateBatchCommand();
        command.CommandText = insert;
        Add(command, "@Key", DbType.String, message.Key);
        Add(command, "@Kind", DbType.String, StoredNames.Of(message.Kind));
        Add(command, "@Entity", DbType.String, message.Entity);
        Add(command, "@Office", DbType.String, (object?)message.Office ?? DBNull.Value);
        Add(command, "@To", DbType.String, Text.Join(message.To));
        Add(command, "@Cc", DbType.String, Text.Join(message.Cc));
        Add(command, "@Subject", DbType.String, message.Subject);
        Add(command, "@RunDate", DbType.String, Text.Date(message.RunDate));
        Add(command, "@Items", DbType.String, JsonSerializer.Serialize(message.Items.Select(i => i.Activity)));
        Add(command, "@Now", DbType.String, now);
        Add(command, "@Mime", DbType.Binary, message.Compressed ?? message.Mime);
        Add(command, "@Compression", DbType.String, message.Compressed is null ? DBNull.Value : StoredMime.Zlib);
        return command;
    }

    private static void Add(DbBatchCommand command, string name, DbType type, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
