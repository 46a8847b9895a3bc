using System.Data.Common;
using Dapper;
using Reminders.Worker.Data;

namespace Reminders.Worker.Intake;

/// <summary>
/// Every message the intake read (<c>intake_messages</c>), under a unique key derived from its Message-ID: a message
/// delivered twice, or read by two instances at once, is handled once.
/// </summary>
public sealed class IntakeStore(ConnectionFactory connections, TimeProvider time)
{
    private const string SelectRecords =
        """
        SELECT id AS Id, message_id AS MessageId, sender AS Sender, subject AS Subject, outcome AS Outcome, reason AS Reason,
               activity_id AS ActivityId, processed_at AS ProcessedAt
        FROM intake_messages
        """;

    /// <summary>The record of the message with <paramref name="key"/>, or null when it was never handled.</summary>
    public async Task<IntakeRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<IntakeRecord>(new CommandDefinition(
            SelectRecords + " WHERE message_key = @Key", new { Key = key }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Whether the message with <paramref name="key"/> already changed an activity (a run stopped before recording the message).</summary>
    public async Task<bool> ChangedAnActivityAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COUNT(*) FROM activity_changes WHERE message_key = @Key", new { Key = key }, cancellationToken: cancellationToken)).ConfigureAwait(false) > 0;
    }

    /// <summary>Records the message; false when another run recorded it first.</summary>
    public async Task<bool> AddAsync(string key, IntakeRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO intake_messages (message_key, message_id, sender, subject, outcome, reason, activity_id, processed_at)
                VALUES (@Key, @MessageId, @Sender, @Subject, @Outcome, @Reason, @ActivityId, @Now)
                """,
                new
                {
                    Key = key, record.MessageId, record.Sender, record.Subject, record.Outcome, record.Reason, record.ActivityId,
                    Now = Text.Timestamp(time.GetUtcNow()),
                },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (DbException e) when (UniqueViolation.Is(e))
        {
            return false;
        }
    }

    /// <summary>The latest <paramref name="limit"/> messages read, newest first.</summary>
    public async Task<IReadOnlyList<IntakeRecord>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IntakeRecord>(new CommandDefinition(
            connections.Dialect.Limit(
                "id AS Id, message_id AS MessageId, sender AS Sender, subject AS Subject, outcome AS Outcome, reason AS Reason, "
                + "activity_id AS ActivityId, processed_at AS ProcessedAt FROM intake_messages",
                "id DESC",
                "@Limit"),
            new { Limit = limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToList();
    }
}
