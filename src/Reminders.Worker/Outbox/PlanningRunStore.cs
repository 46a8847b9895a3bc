using System.Data.Common;
using Dapper;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// The record of each recorded planning run, one row per entity: planned (with how many messages) or failed with the
/// reason. A failed entity never stops the others (docs/reliability.md); this is where the administrator sees it
/// (<c>reminders outbox runs</c>).
/// </summary>
public sealed class PlanningRunStore(ConnectionFactory connections, TimeProvider time)
{
    public const string Planned = "planned";

    public const string Failed = "failed";

    public async Task AddAsync(DateOnly runDate, string entity, string outcome, int messages, string? error, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await InsertAsync(connection, null, runDate, entity, outcome, messages, error, Text.Timestamp(time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one record on the caller's connection, inside its transaction when given (the outbox's, for a planned entity).</summary>
    internal static Task InsertAsync(
        DbConnection connection, DbTransaction? transaction, DateOnly runDate, string entity, string outcome, int messages, string? error, string now,
        CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO planning_runs (run_date, entity, outcome, messages, error, created_at)
            VALUES (@RunDate, @Entity, @Outcome, @Messages, @Error, @Now)
            """,
            new { RunDate = Text.Date(runDate), Entity = entity, Outcome = outcome, Messages = messages, Error = error, Now = now },
            transaction,
            cancellationToken: cancellationToken));

    /// <summary>The latest <paramref name="limit"/> records, newest first.</summary>
    public async Task<IReadOnlyList<PlanningRunRecord>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<PlanningRunRecord>(new CommandDefinition(
            connections.Dialect.Limit(
                "id AS Id, run_date AS RunDate, entity AS Entity, outcome AS Outcome, messages AS Messages, error AS Error, created_at AS CreatedAt FROM planning_runs",
                "id DESC",
                "@Limit"),
            new { Limit = limit },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToList();
    }
}
