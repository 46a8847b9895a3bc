namespace Reminders.Worker.Planning;

/// <summary>
/// When a planning run refreshes the database's statistics of the key table (<see cref="Outbox.OutboxStore.RefreshKeyStatisticsAsync"/>):
/// once its first <see cref="FirstAfter"/> keys are committed, then each time the keys it has committed doubled, so about a
/// dozen times for millions of keys. PostgreSQL plans each entity's taken-keys query from statistics that autovacuum
/// refreshes at most once a minute; on a table that is new or grew within the run they describe a small one, and
/// <c>activity_id = ANY(...)</c> is then answered by reading the whole table for every entity: a cost that grows with the
/// square of the country (docs/benchmarks.md, "Planning a country", round 5).
/// </summary>
internal sealed class KeyStatisticsSchedule
{
    /// <summary>Keys (new and superseded) a run commits before its first refresh.</summary>
    internal const long FirstAfter = 5_000;

    private long _next = FirstAfter;

    /// <summary>Whether a refresh is due now that the run has committed <paramref name="committed"/> keys in all.</summary>
    public bool Due(long committed)
    {
        if (committed < _next)
        {
            return false;
        }

        _next = committed * 2;
        return true;
    }
}
