using System.Diagnostics;
using Reminders.Core.Planning;
using Reminders.Core.Rules;
using Reminders.Worker.Data;
using Reminders.Worker.Logging;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>
/// One planning run (docs/rules.md §2, §10): for each entity, <see cref="EntityPlanning"/> loads activities, offices and the keys
/// the outbox holds, asks the <see cref="Planner"/> what is due and renders the messages, a few entities ahead of the one being
/// recorded; each entity's messages are recorded with their keys in one transaction, shared by up to
/// <see cref="EntitiesPerCommit"/> entities. Re-runs, restarts and other instances add nothing: a key recorded first
/// elsewhere rolls the transaction back and its entities are planned again, one by one (<see cref="OneByOnePlanning"/>).
/// Entities are isolated: one whose data cannot be planned is logged, recorded as failed in the run record
/// (<c>reminders outbox runs</c>) and returned in <see cref="PlanningRun.Failures"/>, and the others are still planned.
/// </summary>
public sealed class PlanningService(
    EntityPlanning entityPlanning,
    EntityStore entities,
    OutboxStore outbox,
    PlanningRunStore runs,
    ILogger<PlanningService> logger)
{
    private readonly OneByOnePlanning _oneByOne = new(entityPlanning, outbox, runs, logger);

    /// <summary>
    /// How many entities are read, planned and rendered at once, ahead of the one being recorded (<see cref="EntitiesAhead{T}"/>):
    /// one per core of the machine it is measured on. With eight (the first rounds) the eight shared the two cores, so each
    /// entity's objects (activities, keys, views, messages being rendered) lived about four times longer, past several
    /// collections, and the first run at 1M activities cost ~6 % more CPU (docs/benchmarks.md, "Planning a country", round 3).
    /// </summary>
    internal const int Planners = 2;

    /// <summary>
    /// How many entities may be planned (or being planned) and not yet recorded. A planned entity waiting for the recorder
    /// keeps only what its transaction writes (compressed messages and keys, ~100–200 KB at the bench's shape), so many wait
    /// cheaply; they let the planners go on while a group commit waits for the disk or SQLite checkpoints its WAL, where with
    /// only the two being planned both cores idled (docs/benchmarks.md, "Planning a country", round 4).
    /// </summary>
    internal const int Window = 16;

    /// <summary>
    /// Entities recorded per transaction (<see cref="OutboxTransaction"/>: a group commit). Each commit waits for the disk;
    /// one per entity cost more than the whole run's budget at 6,000 entities (docs/benchmarks.md, "Planning a country").
    /// SQLite groups only in WAL mode (<see cref="OutboxStore.EntitiesPerTransactionAsync"/>).
    /// </summary>
    internal const int EntitiesPerCommit = 32;

    /// <summary>
    /// The longest a group stays open: a bound on how long other writers wait (measured on the machine's monotonic clock, not
    /// the run's <see cref="TimeProvider"/>: it decides only when to commit, never what is planned).
    /// </summary>
    internal static readonly TimeSpan CommitAfter = TimeSpan.FromMilliseconds(500);

    /// <summary>Plans <paramref name="runDate"/>; with <paramref name="record"/> false nothing is written (preview).</summary>
    public async Task<PlanningRun> PlanAsync(DateOnly runDate, bool record, string? office, CancellationToken cancellationToken)
    {
        var tally = new RunTally();
        var list = await entities.ListAsync(cancellationToken).ConfigureAwait(false);
        if (record)
        {
            await RecordAllAsync(list, runDate, office, tally, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await using var ahead = new EntitiesAhead<(PlanningResult Result, List<PlannedMessage> Messages)>(
                list,
                (entity, stop) => Task.Run(() => entityPlanning.PlanAsync(entity, runDate, office, record: false, stop), stop),
                Planners,
                Planners,
                cancellationToken);
            foreach (var _ in list)
            {
                var (entity, planned) = ahead.Take();
                await _oneByOne.PlanAsync(entity, planned, runDate, record: false, office, tally, cancellationToken).ConfigureAwait(false);
            }
        }

        return new PlanningRun(runDate, tally.Messages, tally.Count, tally.Notifications, tally.Superseded, record, tally.Failures, list.Count);
    }

    /// <summary>
    /// Plans and records every entity: planned ahead by <see cref="EntitiesAhead{T}"/>, staged in list order into a
    /// transaction shared by up to <see cref="EntitiesPerCommit"/> entities (or <see cref="CommitAfter"/>), then committed.
    /// </summary>
    private async Task RecordAllAsync(IReadOnlyList<EntityRow> list, DateOnly runDate, string? office, RunTally tally, CancellationToken cancellationToken)
    {
        var perCommit = await outbox.EntitiesPerTransactionAsync(EntitiesPerCommit, cancellationToken).ConfigureAwait(false);
        var statistics = new KeyStatisticsSchedule();
        var batch = new List<StagedEntity>();
        OutboxTransaction? transaction = null;
        var begun = 0L;

        // Disposed (after the transaction, declared later) when the run ends, early or not: no entity is left being planned behind it.
        await using var ahead = new EntitiesAhead<PreparedEntity>(
            list,
            (entity, stop) => Task.Run(async () => PreparedEntity.Of(await entityPlanning.PlanAsync(entity, runDate, office, record: true, stop).ConfigureAwait(false)), stop),
            Planners,
            Window,
            cancellationToken);
        try
        {
            foreach (var _ in list)
            {
                var (entity, prepared) = ahead.Take();

                // The transaction (and, on SQLite, the write lock) is taken once there is something to write, and held at most
                // EntitiesPerCommit entities or CommitAfter, so other writers wait for one group, not for the run.
                await ((Task)prepared).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (transaction is null)
                {
                    transaction = await outbox.BeginAsync(cancellationToken).ConfigureAwait(false);
                    begun = Stopwatch.GetTimestamp();
                }

                try
                {
                    batch.Add(await StageAsync(transaction, entity, prepared, runDate, cancellationToken).ConfigureAwait(false));
                }
                catch (Exception e) when (EntityFaults.IsEntityFault(e))
                {
                    // A key recorded meanwhile by another run (or a fault halfway through writing): nothing of the open
                    // transaction is kept, and its entities are planned and recorded again one by one.
                    await transaction.DisposeAsync().ConfigureAwait(false);
                    transaction = null;
                    await _oneByOne.RecordAsync([.. batch.Select(b => b.Entity), entity], runDate, tally, cancellationToken).ConfigureAwait(false);
                    batch.Clear();
                    continue;
                }

                if (batch.Count >= perCommit || Stopwatch.GetElapsedTime(begun) >= CommitAfter)
                {
                    var committing = transaction;
                    transaction = null;
                    await CommitAsync(committing, batch, runDate, tally, statistics, cancellationToken).ConfigureAwait(false);
                }
            }

            if (transaction is not null)
            {
                var committing = transaction;
                transaction = null;
                await CommitAsync(committing, batch, runDate, tally, statistics, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes one planned entity (or its failure) into the open transaction; applied to the tally once committed.</summary>
    private async Task<StagedEntity> StageAsync(
        OutboxTransaction transaction, EntityRow entity, Task<PreparedEntity> prepared, DateOnly runDate, CancellationToken cancellationToken)
    {
        PreparedEntity planned;
        try
        {
            planned = await prepared.ConfigureAwait(false);
        }
        catch (Exception e) when (EntityFaults.IsEntityFault(e))
        {
            EntityFaults.Log(logger, entity.Name, runDate, e);
            var error = EntityFaults.Describe(e);
            await transaction.AddRunAsync(runDate, entity.Name, PlanningRunStore.Failed, 0, error, cancellationToken).ConfigureAwait(false);
            return new StagedEntity(entity, 0, 0, 0, error);
        }

        if (planned.IsEmpty)
        {
            await transaction.AddRunAsync(runDate, entity.Name, PlanningRunStore.Planned, planned.Messages.Count, null, cancellationToken).ConfigureAwait(false);
            return new StagedEntity(entity, planned.Messages.Count, 0, 0, null);
        }

        await transaction.RecordAsync(planned.Messages, planned.Records, runDate, entity.Name, cancellationToken).ConfigureAwait(false);
        return new StagedEntity(entity, planned.Messages.Count, planned.Notifications, planned.Superseded, null);
    }

    /// <summary>
    /// Commits the staged entities; when a key was taken meanwhile, records them again one by one. Refreshes the key table's
    /// statistics when <paramref name="statistics"/> says so.
    /// </summary>
    private async Task CommitAsync(
        OutboxTransaction transaction, List<StagedEntity> batch, DateOnly runDate, RunTally tally, KeyStatisticsSchedule statistics, CancellationToken cancellationToken)
    {
        try
        {
            await using (transaction.ConfigureAwait(false))
            {
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DuplicateKeyException)
        {
            await _oneByOne.RecordAsync(batch.Select(b => b.Entity).ToList(), runDate, tally, cancellationToken).ConfigureAwait(false);
            batch.Clear();
            return;
        }

        foreach (var staged in batch)
        {
            tally.Count += staged.Messages;
            tally.Notifications += staged.Notifications;
            tally.Superseded += staged.Superseded;
            if (staged.Error is not null)
            {
                tally.Failures.Add(new EntityFailure(staged.Entity.Name, staged.Error));
            }
        }

        batch.Clear();
        if (statistics.Due((long)tally.Notifications + tally.Superseded))
        {
            await outbox.RefreshKeyStatisticsAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Records every notification due on <paramref name="runDate"/> as superseded without sending anything
    /// (<c>Reminders:CatchUp</c> = <c>Supersede</c> on a first start); returns how many were recorded.
    /// </summary>
    public async Task<int> SupersedeAsync(DateOnly runDate, CancellationToken cancellationToken)
    {
        var recorded = 0;
        foreach (var entity in await entities.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var (result, _) = await entityPlanning.PlanAsync(entity, runDate, null, record: false, cancellationToken).ConfigureAwait(false);
            if (result.IsEmpty)
            {
                continue;
            }

            var records = result.Notifications
                .Select(n => n with { State = NotificationState.Superseded })
                .ToList();
            try
            {
                await outbox.RecordAsync([], records, runDate, cancellationToken).ConfigureAwait(false);
                recorded += records.Count;
            }
            catch (DuplicateKeyException)
            {
                // Another instance planned this entity first: its run decides.
                PlanningLog.PlannedElsewhere(logger, entity.Name, new LogDate(runDate));
            }
        }

        return recorded;
    }
}
