using System.Data.Common;
using Reminders.Core.Rules;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// One open transaction on the outbox that several entities' records go into before one commit (a group commit: each
/// commit waits for the disk, about 6 ms on the development machine, so one per entity would cost more than the run's whole
/// budget at 6,000 entities; docs/benchmarks.md, "Planning a country"). Every key stays under its unique constraint and in
/// the same transaction as its message: a key another run recorded first fails the whole transaction with
/// <see cref="DuplicateKeyException"/>, nothing of it is kept, and the caller records its entities again one by one.
/// Disposing without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public sealed class OutboxTransaction : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly OutboxWriter writer;
    private readonly string now;

    private OutboxTransaction(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string now)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.now = now;
        writer = new OutboxWriter(connection, transaction, dialect, now);
    }

    internal static async Task<OutboxTransaction> BeginAsync(ConnectionFactory connections, string now, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new OutboxTransaction(connection, transaction, connections.Dialect, now);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Writes messages and keys (and, for <paramref name="plannedEntity"/>, its planning-run record); throws <see cref="DuplicateKeyException"/>.</summary>
    public async Task RecordAsync(
        IReadOnlyList<OutboxMessage> messages, IReadOnlyList<PlannedNotification> notifications, DateOnly runDate, string? plannedEntity, CancellationToken cancellationToken)
    {
        try
        {
            var messageOf = await writer.WriteMessagesAsync(messages, cancellationToken).ConfigureAwait(false);
            await writer.WriteNotificationsAsync(notifications, messageOf, runDate, cancellationToken).ConfigureAwait(false);
            if (plannedEntity is not null)
            {
                await PlanningRunStore.InsertAsync(
                    connection, transaction, runDate, plannedEntity, PlanningRunStore.Planned, messages.Count, null, now, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException ex) when (UniqueViolation.Is(ex))
        {
            throw new DuplicateKeyException("A notification or message key was recorded by another run.", ex);
        }
    }

    /// <summary>Writes an entity's planning-run record (<see cref="PlanningRunStore"/>) in this transaction.</summary>
    public Task AddRunAsync(DateOnly runDate, string entity, string outcome, int messages, string? error, CancellationToken cancellationToken) =>
        PlanningRunStore.InsertAsync(connection, transaction, runDate, entity, outcome, messages, error, now, cancellationToken);

    /// <summary>Commits everything written; throws <see cref="DuplicateKeyException"/> when a key was taken meanwhile.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex) when (UniqueViolation.Is(ex))
        {
            throw new DuplicateKeyException("A notification or message key was recorded by another run.", ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
