using Microsoft.Extensions.Options;
using Reminders.Core.Digests;
using Reminders.Core.Options;
using Reminders.Core.Planning;
using Reminders.Core.Rules;
using Reminders.Worker.Data;
using Reminders.Worker.Logging;
using Reminders.Worker.Outbox;

namespace Reminders.Worker.Planning;

/// <summary>
/// One planning run (docs/rules.md §2, §10): for each entity, loads activities, offices and the keys the outbox holds, asks the
/// <see cref="Planner"/> what is due, renders the messages and records them with their keys in one transaction.
/// Re-runs, restarts and other instances add nothing: a key recorded first elsewhere makes this run plan again.
/// Entities are isolated: one whose data cannot be planned is logged, recorded as failed in the run record
/// (<c>reminders outbox runs</c>) and returned in <see cref="PlanningRun.Failures"/>, and the others are still planned.
/// </summary>
public sealed class PlanningService(
    Planner planner,
    ActivityStore activities,
    OfficeStore offices,
    EntityStore entities,
    OutboxStore outbox,
    MessageFactory messages,
    PlanningRunStore runs,
    IOptions<RemindersOptions> options,
    TimeProvider time,
    ILogger<PlanningService> logger)
{
    private const int MaxAttempts = 3;

    /// <summary>
    /// How many entities are read, planned and rendered ahead of the one being recorded. Rendering (CPU) and recording
    /// (the database) then overlap, on two cores, while memory stays bounded by this many entities, not by the country
    /// (docs/benchmarks.md, "Planning a country").
    /// </summary>
    internal const int Lookahead = 2;

    /// <summary>Plans <paramref name="runDate"/>; with <paramref name="record"/> false nothing is written (preview).</summary>
    public async Task<PlanningRun> PlanAsync(DateOnly runDate, bool record, string? office, CancellationToken cancellationToken)
    {
        var all = new List<PlannedMessage>();
        var count = 0;
        var failures = new List<EntityFailure>();
        int notifications = 0, superseded = 0;
        var list = await entities.ListAsync(cancellationToken).ConfigureAwait(false);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var ahead = new Queue<Task<(PlanningResult Result, List<PlannedMessage> Messages)>>();
        var next = 0;
        try
        {
            foreach (var entity in list)
            {
                while (ahead.Count < Lookahead && next < list.Count)
                {
                    var upcoming = list[next++];
                    ahead.Enqueue(Task.Run(() => PlanEntityAsync(upcoming, runDate, office, record, stop.Token), stop.Token));
                }

                var prepared = ahead.Dequeue();
                var before = all.Count;
                var runLogged = false;
                try
                {
                    var (n, s, logged) = await PlanOneAsync(entity, prepared, runDate, record, office, all, cancellationToken).ConfigureAwait(false);
                    notifications += n;
                    superseded += s;
                    runLogged = logged;
                }
                catch (Exception e) when (IsEntityFault(e))
                {
                    all.RemoveRange(before, all.Count - before);
                    PlanningLog.EntityFailed(logger, entity.Name, runDate, e);
                    failures.Add(new EntityFailure(entity.Name, $"{e.GetType().Name}: {e.Message}"));
                    if (record)
                    {
                        await runs.AddAsync(runDate, entity.Name, PlanningRunStore.Failed, 0, failures[^1].Error, cancellationToken).ConfigureAwait(false);
                    }

                    continue;
                }

                var planned = all.Count - before;
                count += planned;
                if (record)
                {
                    if (!runLogged)
                    {
                        await runs.AddAsync(runDate, entity.Name, PlanningRunStore.Planned, planned, null, cancellationToken).ConfigureAwait(false);
                    }

                    // Recorded in the outbox: the rendered messages need not outlive their entity.
                    all.Clear();
                }
            }
        }
        finally
        {
            // A run ended early (stopped, database gone) leaves no entity being planned behind it.
            await stop.CancelAsync().ConfigureAwait(false);
            foreach (var pending in ahead)
            {
                try
                {
                    await pending.ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException || IsEntityFault(e) || e is System.Data.Common.DbException or DatabaseUnavailableException)
                {
                    // Abandoned: the run already ends with the exception that stopped it.
                }
            }
        }

        return new PlanningRun(runDate, all, count, notifications, superseded, record, failures);
    }

    /// <summary>
    /// A fault in one entity's data or in planning it (an impossible date, a value out of range), as opposed to the
    /// database being unreachable or the run being stopped, which concern every entity and end the run.
    /// </summary>
    private static bool IsEntityFault(Exception e) =>
        e is not (OperationCanceledException or System.Data.Common.DbException or DatabaseUnavailableException or OutOfMemoryException);

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
                : await PlanEntityAsync(entity, runDate, office, record, cancellationToken).ConfigureAwait(false);
            if (!record || result.IsEmpty)
            {
                all.AddRange(planned);
                notifications += result.Notifications.Count(n => n.State == NotificationState.Pending);
                superseded += result.Notifications.Count(n => n.State == NotificationState.Superseded);
                break;
            }

            try
            {
                var carried = planned.SelectMany(p => p.Entry.NotificationKeys).ToHashSet(StringComparer.Ordinal);
                var records = result.Notifications
                    .Where(n => n.State == NotificationState.Superseded || carried.Contains(n.Key))
                    .ToList();
                await outbox.RecordAsync(planned.Select(p => p.Entry).ToList(), records, runDate, entity.Name, cancellationToken).ConfigureAwait(false);
                all.AddRange(planned);
                notifications += records.Count(r => r.State == NotificationState.Pending);
                superseded += records.Count(r => r.State == NotificationState.Superseded);
                return (notifications, superseded, true);
            }
            catch (DuplicateKeyException) when (attempt < MaxAttempts)
            {
                PlanningLog.PlannedElsewhere(logger, entity.Name, new LogDate(runDate));
            }
        }

        return (notifications, superseded, false);
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
            var (result, _) = await PlanEntityAsync(entity, runDate, null, record: false, cancellationToken).ConfigureAwait(false);
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

    private async Task<(PlanningResult Result, List<PlannedMessage> Messages)> PlanEntityAsync(
        EntityRow entity, DateOnly runDate, string? office, bool record, CancellationToken cancellationToken)
    {
        var entityActivities = await activities.LoadAsync(new ActivityFilter(entity.Name), cancellationToken).ConfigureAwait(false);
        var entityOffices = await offices.ListAsync(entity.Name, cancellationToken).ConfigureAwait(false);
        var taken = await outbox.TakenKeysAsync(entityActivities.Select(a => a.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var result = planner.Plan(new PlanningInput(
            runDate, entity.Name, entityActivities, entityOffices, entity.RolesOr(options.Value.Roles), taken));

        var now = time.GetUtcNow();
        var planned = new List<PlannedMessage>();
        foreach (var digest in result.Digests)
        {
            if (office is not null && !digest.Office.IsNamed(office))
            {
                continue;
            }

            if (record)
            {
                LogMissingEscalations(digest, entity.Name);
            }

            if (digest.To.Count == 0)
            {
                // Nobody to send it to: its keys stay free, so it goes out once an address is added.
                PlanningLog.NoRecipient(logger, digest.Office.Name, entity.Name);
                continue;
            }

            planned.Add(messages.Create(digest, now));
        }

        if (office is null)
        {
            planned.AddRange(result.Escalations.Select(e => messages.Create(e, now)));
        }

        return (result, planned);
    }

    /// <summary>A digest that reports reached levels without a recipient says so in the log too: one line per missing role.</summary>
    private void LogMissingEscalations(Digest digest, string entity)
    {
        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return;
        }

        foreach (var role in digest.MissingEscalations.GroupBy(m => m.Role))
        {
            var levels = string.Join(", ", role.Select(m => m.Level).Distinct().Order());
            var activities = string.Join(", ", role.Select(m => m.Number.ToString()).Distinct());
            PlanningLog.MissingEscalation(logger, digest.Office.Name, entity, RoleName(role.Key), levels, activities);
        }
    }

    private static string RoleName(string role) => role switch
    {
        EscalationRoles.OfficeHead => "del jefe de la oficina",
        EscalationRoles.Coordinator => "del coordinador del PAAC",
        _ => "de Control Interno",
    };
}
