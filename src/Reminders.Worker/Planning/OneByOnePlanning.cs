using Reminders.Core.Planning;
using Reminders.Core.Rules;
using Reminders.Worker.Data;
using Reminders.Worker.Logging;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>
/// Plans and records entities one at a time, each in a transaction of its own (<see cref="PlanningService"/>): a preview,
/// which records nothing, and the entities of a group commit that lost a key to another run, planned again. A key another
/// run recorded meanwhile makes an entity plan again, up to <see cref="MaxAttempts"/> times.
/// </summary>
internal sealed class OneByOnePlanning(EntityPlanning entityPlanning, OutboxStore outbox, PlanningRunStore runs, ILogger logger)
{
    private const int MaxAttempts = 3;

    /// <summary>Plans and records each entity again in its own transaction (after a group commit lost to another run).</summary>
    public async Task RecordAsync(IReadOnlyList<EntityRow> again, DateOnly runDate, RunTally tally, CancellationToken cancellationToken)
    {
        foreach (var entity in again)
        {
            PlanningLog.PlannedElsewhere(logger, entity.Name, new LogDate(runDate));
            await PlanAsync(
                entity, entityPlanning.PlanAsync(entity, runDate, null, record: true, cancellationToken), runDate, record: true, null, tally, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Plans one entity and, when recording, records it in its own transaction; a fault in its data is logged and tallied.</summary>
    public async Task PlanAsync(
        EntityRow entity, Task<(PlanningResult Result, List<PlannedMessage> Messages)> prepared, DateOnly runDate, bool record, string? office,
        RunTally tally, CancellationToken cancellationToken)
    {
        var all = tally.Messages;
        var before = all.Count;
        bool runLogged;
        try
        {
            var (n, s, logged) = await PlanOneAsync(entity, prepared, runDate, record, office, all, cancellationToken).ConfigureAwait(false);
            tally.Notifications += n;
            tally.Superseded += s;
            runLogged = logged;
        }
        catch (Exception e) when (EntityFaults.IsEntityFault(e))
        {
            all.RemoveRange(before, all.Count - before);
            EntityFaults.Log(logger, entity.Name, runDate, e);
            tally.Failures.Add(new EntityFailure(entity.Name, EntityFaults.Describe(e)));
            if (record)
            {
                await runs.AddAsync(runDate, entity.Name, PlanningRunStore.Failed, 0, tally.Failures[^1].Error, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var planned = all.Count - before;
        tally.Count += planned;
        if (record)
        {
            if (!runLogged)
            {
                await runs.AddAsync(runDate, entity.Name, PlanningRunStore.Planned, planned, null, cancellationToken).ConfigureAwait(false);
            }

            // Recorded in the outbox: the rendered messages need not outlive their entity.
            all.RemoveRange(before, planned);
        }
    }

    /// <summary>
    /// Records one entity planned ahead by <paramref name="prepared"/>; a key recorded meanwhile by another run makes it plan
    /// the entity again. Returns its new and superseded notification counts, and whether its planning-run record was written
    /// with its outbox records (in their transaction).
    /// </summary>
    private async Task<(int Notifications, int Superseded, bool RunLogged)> PlanOneAsync(
        EntityRow entity, Task<(PlanningResult Result, List<PlannedMessage> Messages)> prepared, DateOnly runDate, bool record, string? office,
        List<PlannedMessage> all, CancellationToken cancellationToken)
    {
        int notifications = 0, superseded = 0;
        for (var attempt = 1; ; attempt++)
        {
            var (result, planned) = attempt == 1
                ? await prepared.ConfigureAwait(false)
                : await entityPlanning.PlanAsync(entity, runDate, office, record, cancellationToken).ConfigureAwait(false);
            if (!record || result.IsEmpty)
            {
                all.AddRange(planned);
                notifications += result.Notifications.Count(n => n.State == NotificationState.Pending);
                superseded += result.Notifications.Count(n => n.State == NotificationState.Superseded);
                break;
            }

            try
            {
                var written = PreparedEntity.Of((result, planned));
                await outbox.RecordAsync(written.Messages, written.Records, runDate, entity.Name, cancellationToken).ConfigureAwait(false);
                all.AddRange(planned);
                notifications += written.Notifications;
                superseded += written.Superseded;
                return (notifications, superseded, true);
            }
            catch (DuplicateKeyException) when (attempt < MaxAttempts)
            {
                PlanningLog.PlannedElsewhere(logger, entity.Name, new LogDate(runDate));
            }
        }

        return (notifications, superseded, false);
    }
}
