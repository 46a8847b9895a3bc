using System.Data;
using System.Data.Common;
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
        var insert = dialect.InsertMessageWithBody(MessageColumns.Names, MessageColumns.Values);
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
        Add(command, MessageColumns.Row, MessageColumns.RowValues(message));
        DbCommands.Add(command, "@Now", DbType.String).Value = now;
        Add(command, MessageColumns.Body, MessageColumns.BodyValues(message));
        return command;
    }

    private static void Add(DbBatchCommand command, (string Name, DbType Type)[] parameters, object[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            DbCommands.Add(command, parameters[i].Name, parameters[i].Type).Value = values[i];
        }
    }
}
