using System.Collections.Concurrent;

namespace Reminders.Worker.Data;

/// <summary>
/// Takes turns, inside this process, at a SQLite database's one write lock. SQLite lets one transaction write at a time;
/// a second asks again after sleeping (1, 2, 5, 10 ms and longer, its busy handler), so two writers of one process that
/// meet — a delivery's claims and its outcome groups — lost a quarter of a second of sleeps per 5,700 messages, and the
/// sessions waiting for room in the outcome queue stood still meanwhile (docs/benchmarks.md, "Delivery"). Waiting here
/// instead, the next writer starts as soon as the last commits. Another process writing the same file still meets
/// SQLite's busy handler, as before.
/// </summary>
internal static class SqliteWriteTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new(StringComparer.Ordinal);

    /// <summary>Waits for this process's turn to write the database of <paramref name="connectionString"/>.</summary>
    public static async Task<WriteTurn> TakeAsync(string connectionString, CancellationToken cancellationToken)
    {
        var turn = Turns.GetOrAdd(connectionString, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new WriteTurn(turn);
    }
}
