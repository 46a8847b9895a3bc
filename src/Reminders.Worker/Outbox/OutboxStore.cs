using System.Data.Common;
using System.Text.Json;
using Dapper;
using Reminders.Core.Rules;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// The outbox (docs/rules.md §2, §10): notification keys under a unique constraint and the messages that carry them, recorded in one
/// transaction; exclusive claims for sending; the state of every message.
/// </summary>
public sealed class OutboxStore(ConnectionFactory connections, TimeProvider time)
{
    private const string SelectRows =
        """
        SELECT id AS Id, kind AS Kind, entity AS Entity, office AS Office, recipients_to AS RecipientsTo, recipients_cc AS RecipientsCc,
               subject AS Subject, run_date AS RunDate, state AS State, attempts AS Attempts, items AS Items, last_error AS Error,
               refused AS Refused, created_at AS CreatedAt, sent_at AS SentAt
        FROM outbox_messages
        """;

    /// <summary>Every notification key already recorded for the entity's activities, whatever its state.</summary>
    public async Task<IReadOnlySet<string>> TakenKeysAsync(IReadOnlyCollection<long> activityIds, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        // On SQLite every id in one statement, one JSON parameter (~170 named parameters cost ~14,000 name comparisons an
        // entity; the primary key, which starts with the activity, serves each id); elsewhere 500 a statement, under SQL Server's 2,100.
        var perStatement = connections.Provider == DatabaseProvider.Sqlite ? Math.Max(1, activityIds.Count) : 500;
        foreach (var chunk in activityIds.Chunk(perStatement))
        {
            var ids = new DynamicParameters();
            ids.Add("Ids", connections.Dialect.IdList(chunk));
            keys.UnionWith(await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT notification_key FROM notifications WHERE " + connections.Dialect.InIdList("activity_id", "@Ids"), ids, cancellationToken: cancellationToken)).ConfigureAwait(false));
        }

        return keys;
    }

    /// <summary>
    /// PostgreSQL: refreshes the planner's statistics of the key table (<c>ANALYZE notifications</c>), so that
    /// <see cref="TakenKeysAsync"/> goes through its primary key (activity, key) while a planning run fills the table
    /// (<c>Planning/KeyStatisticsSchedule</c>). A database user that does not own the table gets a warning from the server,
    /// not an error, and the run goes on. SQL Server refreshes statistics itself before it compiles a query over a table
    /// that grew; SQLite's planner takes the index for an <c>IN</c> list without statistics: nothing to do there.
    /// </summary>
    public async Task RefreshKeyStatisticsAsync(CancellationToken cancellationToken)
    {
        if (connections.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE notifications", cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>Records the run's messages and keys atomically; throws <see cref="DuplicateKeyException"/> if any key exists.</summary>
    public Task RecordAsync(IReadOnlyList<OutboxMessage> messages, IReadOnlyList<PlannedNotification> notifications, DateOnly runDate, CancellationToken cancellationToken) =>
        RecordAsync(messages, notifications, runDate, plannedEntity: null, cancellationToken);

    /// <summary>
    /// Records the run's messages and keys atomically and, for <paramref name="plannedEntity"/>, the entity's planning-run record
    /// (<see cref="PlanningRunStore"/>) in the same transaction: one commit per entity, not two.
    /// </summary>
    public async Task RecordAsync(
        IReadOnlyList<OutboxMessage> messages, IReadOnlyList<PlannedNotification> notifications, DateOnly runDate, string? plannedEntity, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken).ConfigureAwait(false);
        await transaction.RecordAsync(messages, notifications, runDate, plannedEntity, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// How many entities one <see cref="OutboxTransaction"/> may hold: <paramref name="wanted"/>, except on SQLite outside WAL mode,
    /// where a transaction larger than the page cache spills to the database file and takes the exclusive lock until it
    /// commits, which would block the reads of the entities planned ahead while the group waits for them: one there.
    /// </summary>
    public async Task<int> EntitiesPerTransactionAsync(int wanted, CancellationToken cancellationToken)
    {
        if (connections.Provider != DatabaseProvider.Sqlite)
        {
            return wanted;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var mode = await connection.ExecuteScalarAsync<string>(new CommandDefinition("PRAGMA journal_mode", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase) ? wanted : 1;
    }

    /// <summary>Opens a transaction that several entities' records go into before one commit (<see cref="OutboxTransaction"/>).</summary>
    public Task<OutboxTransaction> BeginAsync(CancellationToken cancellationToken) =>
        OutboxTransaction.BeginAsync(connections, Text.Timestamp(time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> pending messages due now for this instance, exclusively: unclaimed ones, ones
    /// whose lease expired, and ones held by an owner <paramref name="isAbandoned"/> proves dead (a killed process).
    /// </summary>
    public async Task<IReadOnlyList<ClaimedMessage>> ClaimAsync(
        string instance, TimeSpan lease, int limit, Func<string?, bool> isAbandoned, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(isAbandoned);
        var now = time.GetUtcNow();
        var until = Text.Timestamp(now + lease);
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        // Free messages first; only when they do not fill the batch are the live claims' owners looked at, for claims a
        // dead process left (one query over the claims, not one per batch: docs/benchmarks.md, "Delivery").
        var ids = await ClaimIdsAsync(connection, instance, now, until, limit, [], cancellationToken).ConfigureAwait(false);
        try
        {
            if (ids.Length < limit)
            {
                var holders = await connection.QueryAsync<string>(new CommandDefinition(
                    "SELECT DISTINCT claimed_by FROM outbox_messages WHERE state = 'pending' AND claimed_until >= @Now AND claimed_by IS NOT NULL",
                    new { Now = Text.Timestamp(now) },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                var abandoned = holders.Where(h => isAbandoned(h)).ToArray();
                if (abandoned.Length > 0)
                {
                    ids = [.. ids, .. await ClaimIdsAsync(connection, instance, now, until, limit - ids.Length, abandoned, cancellationToken).ConfigureAwait(false)];
                }
            }

            if (ids.Length == 0)
            {
                return [];
            }

            // The bodies are read after the commit, outside the write transaction: on SQLite the claim holds the
            // database's one write lock only for its update, not while 200 bodies are read, so the outcomes being recorded
            // meanwhile do not wait for it (docs/benchmarks.md, "Delivery"). The rows are ours until the lease ends;
            // bodies never change.
            var read = Parameters(("Instance", instance), ("Until", until), ("Ids", connections.Dialect.IdList(ids)));
            return (await connection.QueryAsync<ClaimedMessage>(new CommandDefinition(
                "SELECT m.id AS Id, m.attempts AS Attempts, b.mime AS Stored, b.compression AS Compression FROM outbox_messages m JOIN outbox_bodies b ON b.message_id = m.id "
                + "WHERE m.claimed_by = @Instance AND m.claimed_until = @Until AND " + connections.Dialect.InIdList("m.id", "@Ids") + " ORDER BY m.id",
                read,
                cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
        }
        catch when (ids.Length > 0)
        {
            // What this call claimed is given back at once rather than held until the lease ends.
            await ReleaseAsync(instance, ids, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Claims the ids in one short write transaction, taken in this process's turn (<see cref="ConnectionFactory.TakeWriteTurnAsync"/>);
    /// returns the candidates (some may have been taken by another instance meanwhile: the read that follows keeps ours).
    /// </summary>
    private async Task<long[]> ClaimIdsAsync(
        DbConnection connection, string instance, DateTimeOffset now, string until, int limit, string[] abandoned, CancellationToken cancellationToken)
    {
        var free = "(claimed_until IS NULL OR claimed_until < @Now" + (abandoned.Length == 0 ? ")" : " OR " + connections.Dialect.InList("claimed_by", "@Abandoned") + ")");
        using var turn = await connections.TakeWriteTurnAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var candidates = await connection.QueryAsync<long>(new CommandDefinition(
            connections.Dialect.LockSkippingLimit(
                "id",
                "outbox_messages",
                "state = 'pending' AND next_attempt_at <= @Now AND " + free,
                // The order of the (state, next_attempt_at) index, whose entries end with the id: the claim reads the
                // index in order and stops at the batch's last message, instead of sorting every due message each time.
                "next_attempt_at, id",
                "@Limit"),
            Parameters(("Now", Text.Timestamp(now)), ("Limit", limit), ("Abandoned", abandoned)),
            transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var ids = candidates.ToArray();
        if (ids.Length > 0)
        {
            // One statement claims the whole batch. Each row must still be free as seen (unclaimed, lease expired, or held
            // by an abandoned owner): two instances taking over the same dead claim race on this update, and only one wins.
            var claim = Parameters(("Instance", instance), ("Until", until), ("Now", Text.Timestamp(now)), ("Abandoned", abandoned), ("Ids", connections.Dialect.IdList(ids)));
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE outbox_messages SET claimed_by = @Instance, claimed_until = @Until WHERE state = 'pending' AND " + free + " AND " + connections.Dialect.InIdList("id", "@Ids"),
                claim,
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ids;
    }

    /// <summary>
    /// Named parameters added one by one: Dapper then emits no parameter reader for an anonymous type, which the first
    /// claim of every <c>reminders deliver</c> waited for (docs/benchmarks.md, "Delivery", ninth round).
    /// </summary>
    private static DynamicParameters Parameters(params (string Name, object Value)[] values)
    {
        var parameters = new DynamicParameters();
        foreach (var (name, value) in values)
        {
            parameters.Add(name, value);
        }

        return parameters;
    }

    public Task MarkSentAsync(long id, string reply, string? refused, CancellationToken cancellationToken) =>
        RecordOutcomesAsync([new MessageOutcome(id, OutboxState.Sent, reply, refused)], cancellationToken);

    public Task MarkRetryAsync(long id, string error, DateTimeOffset nextAttempt, CancellationToken cancellationToken) =>
        RecordOutcomesAsync([new MessageOutcome(id, OutboxState.Pending, error, NextAttempt: nextAttempt)], cancellationToken);

    public Task MarkFailedAsync(long id, string error, string? refused, CancellationToken cancellationToken) =>
        RecordOutcomesAsync([new MessageOutcome(id, OutboxState.Failed, error, refused)], cancellationToken);

    /// <summary>
    /// Records the outcomes of claimed messages in one transaction (one commit for a group of messages instead of one each)
    /// and gives back their claims.
    /// </summary>
    public async Task RecordOutcomesAsync(IReadOnlyList<MessageOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return;
        }

        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await RecordOutcomesAsync(connection, outcomes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a delivery batch's groups of outcomes over one connection (<see cref="OutcomeConnection"/>), opened at its
    /// first group.
    /// </summary>
    public OutcomeConnection OutcomeConnection() => new(connections, this);

    /// <summary>Records a group of outcomes in one transaction on <paramref name="connection"/>, which stays open.</summary>
    internal async Task RecordOutcomesAsync(DbConnection connection, IReadOnlyList<MessageOutcome> outcomes, CancellationToken cancellationToken)
    {
        var now = Text.Timestamp(time.GetUtcNow());
        using var turn = await connections.TakeWriteTurnAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // The common outcome, sent with every recipient accepted, is the same update for every message: one statement per chunk.
        var plainlySent = outcomes.Where(o => o.State == OutboxState.Sent && o.Refused is null).Select(o => o.Id).ToList();
        foreach (var chunk in plainlySent.Chunk(500))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE outbox_messages SET state = 'sent', sent_at = @Now, attempts = attempts + 1, last_error = NULL, refused = NULL, claimed_by = NULL, claimed_until = NULL WHERE "
                + connections.Dialect.InList("id", "@Ids"),
                new { Now = now, Ids = chunk },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        foreach (var outcome in outcomes.Where(o => o.State != OutboxState.Sent || o.Refused is not null))
        {
            var sql = outcome.State switch
            {
                OutboxState.Sent =>
                    "UPDATE outbox_messages SET state = 'sent', sent_at = @Now, attempts = attempts + 1, last_error = NULL, refused = @Refused, claimed_by = NULL, claimed_until = NULL WHERE id = @Id",
                OutboxState.Failed =>
                    "UPDATE outbox_messages SET state = 'failed', attempts = attempts + 1, last_error = @Error, refused = @Refused, claimed_by = NULL, claimed_until = NULL WHERE id = @Id",
                OutboxState.Pending =>
                    "UPDATE outbox_messages SET attempts = attempts + 1, last_error = @Error, next_attempt_at = @Next, claimed_by = NULL, claimed_until = NULL WHERE id = @Id",
                _ => throw new ArgumentException($"Unknown outcome state {outcome.State}.", nameof(outcomes)),
            };
            await connection.ExecuteAsync(new CommandDefinition(
                sql,
                new
                {
                    outcome.Id, outcome.Refused, Now = now, Error = outcome.Reply,
                    Next = outcome.NextAttempt is { } next ? Text.Timestamp(next) : null,
                },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gives back <paramref name="instance"/>'s claims on messages that were not attempted (the run was stopped, or they
    /// were claimed ahead and not sent); a message another instance has claimed since is left to it.
    /// </summary>
    public async Task ReleaseAsync(string instance, IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        foreach (var chunk in ids.Chunk(500))
        {
            await UpdateAsync(
                "UPDATE outbox_messages SET claimed_by = NULL, claimed_until = NULL WHERE state = 'pending' AND claimed_by = @Instance AND " + connections.Dialect.InList("id", "@Ids"),
                new { Instance = instance, Ids = chunk },
                cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Puts failed messages back in the queue; returns how many.</summary>
    public async Task<int> RetryAsync(long? id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox_messages SET state = 'pending', attempts = 0, next_attempt_at = @Now, claimed_by = NULL, claimed_until = NULL WHERE state = 'failed'"
            + (id is null ? "" : " AND id = @Id"),
            new { Id = id, Now = Text.Timestamp(time.GetUtcNow()) },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxRow>> ListAsync(OutboxState? state, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<OutboxRecord>(new CommandDefinition(
            SelectRows + (state is null ? "" : " WHERE state = @State") + " ORDER BY id", new { State = state is { } wanted ? StoredNames.Of(wanted) : null }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r =>
        {
            var activities = JsonSerializer.Deserialize<List<string>>(r.Items) ?? [];
            return new OutboxRow(
                r.Id, StoredNames.Parse<MessageKind>(r.Kind), r.Entity, r.Office, Text.Split(r.RecipientsTo), Text.Split(r.RecipientsCc), r.Subject, r.RunDate,
                StoredNames.Parse<OutboxState>(r.State), r.Attempts,
                activities.Select(a => a[(a.LastIndexOf(' ') + 1)..]).ToList(), activities, r.Error, r.Refused, r.CreatedAt, r.SentAt);
        }).ToList();
    }

    /// <summary>Notification keys recorded as superseded (passed over by a later milestone), for <c>outbox list --state superseded</c>.</summary>
    public async Task<IReadOnlyList<(string Key, string RunDate)>> SupersededAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<(string Key, string RunDate)>(new CommandDefinition(
            "SELECT notification_key, run_date FROM notifications WHERE state = 'superseded' ORDER BY run_date, notification_key", cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToList();
    }

    private async Task UpdateAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
