using System.Data.Common;
using Reminders.Worker.Data;

namespace Reminders.Worker.Outbox;

/// <summary>
/// Records a delivery batch's groups of outcomes (<see cref="OutboxStore.RecordOutcomesAsync(IReadOnlyList{MessageOutcome}, CancellationToken)"/>)
/// over one connection, opened at the first group and closed with the batch, instead of opening a connection (and, on
/// SQLite, running its pragmas) for every group (docs/benchmarks.md, "Delivery"). Each group is still its own durable
/// transaction. Used by one caller at a time (the outcome recorder's writer).
/// </summary>
public sealed class OutcomeConnection : IAsyncDisposable
{
    private readonly ConnectionFactory _connections;
    private readonly OutboxStore _store;
    private DbConnection? _connection;

    internal OutcomeConnection(ConnectionFactory connections, OutboxStore store)
    {
        _connections = connections;
        _store = store;
    }

    /// <summary>How many connections this has opened (one per batch unless a group failed): for tests.</summary>
    internal int Opened { get; private set; }

    /// <summary>Commits one group of outcomes in one transaction; a failure closes the connection (the next group opens another).</summary>
    public async Task RecordAsync(IReadOnlyList<MessageOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return;
        }

        if (_connection is null)
        {
            _connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            Opened++;
        }

        try
        {
            await _store.RecordOutcomesAsync(_connection, outcomes, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
