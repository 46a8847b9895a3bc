using System.Data.Common;
using Reminders.Core.Import;
using Reminders.Core.Plans;
using static Reminders.Worker.Data.PlanImportSteps;

namespace Reminders.Worker.Data;

/// <summary>
/// One import's transaction and what it has done so far: the entity's known offices (fixed at the start, as the file's
/// responsible cells are split against them), the offices and components found or created, and the report's lists. Both
/// ways <see cref="PlanStore"/> imports go through it: the whole plan at once, or sub-components as the file is read.
/// </summary>
internal sealed class PlanImport : IAsyncDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly ImportContext context;
    private readonly PlanWriter writer;
    private readonly long entityId;
    private readonly KnownOffices known;
    private readonly Dictionary<IReadOnlyList<string>, IReadOnlyList<string>> expandedList = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, IReadOnlyList<string>> expanded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> officeIds = [];
    private readonly Dictionary<IReadOnlyList<string>, IReadOnlyList<long>> officeIdLists = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> officesCreated = [];
    private readonly Dictionary<string, long> components = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Component, int Number), long> subComponents = [];
    private readonly List<string> added = [];
    private readonly List<string> changed = [];
    private readonly List<string> unchanged = [];
    private readonly List<string> removed = [];
    private readonly List<string> renumbered = [];

    private PlanImport(DbConnection connection, DbTransaction transaction, ImportContext context, long entityId, KnownOffices known)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.context = context;
        this.entityId = entityId;
        this.known = known;
        writer = new PlanWriter(connection, transaction, context.Dialect, context.Now);
    }

    public static async Task<PlanImport> OpenAsync(ConnectionFactory connections, string now, string entity, CancellationToken cancellationToken)
    {
        var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        DbTransaction? transaction = null;
        try
        {
            transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var context = new ImportContext(connection, transaction, connections.Dialect, now, cancellationToken);
            var entityId = await EntityStore.EnsureAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false);
            var known = new KnownOffices((await OfficeStore.ListAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false))
                .SelectMany(o => o.Aliases.Prepend(o.Name)));
            return new PlanImport(connection, transaction, context, entityId, known);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<long> PlanAsync(int year, string source) => EnsurePlanAsync(context, entityId, year, source);

    /// <summary>
    /// The activities with their offices split against the entity's known offices (each distinct responsible list once),
    /// and each office not yet seen in this import found or created, in the order the activities name them.
    /// </summary>
    public async Task<IReadOnlyList<ImportedActivity>> PrepareOfficesAsync(IReadOnlyList<ImportedActivity> activities)
    {
        var result = new ImportedActivity[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var a = activities[i];
            var offices = Expand(a.Offices);
            // Most rows name offices as they are: the activity is kept, not copied with the same list.
            result[i] = ReferenceEquals(offices, a.Offices) ? a : a with { Offices = offices };
            foreach (var name in result[i].Offices)
            {
                if (!officeIds.ContainsKey(name))
                {
                    var (id, created) = await OfficeStore.EnsureAsync(connection, transaction, entityId, name, context.CancellationToken).ConfigureAwait(false);
                    officeIds[name] = id;
                    if (created)
                    {
                        officesCreated.Add(name);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The component's id, found (and renamed) or created the first time this import names it.</summary>
    public async Task<long> ComponentAsync(long planId, string number, string name)
    {
        if (!components.TryGetValue(number, out var id))
        {
            components[number] = id = await EnsureComponentAsync(context, planId, number, name).ConfigureAwait(false);
        }

        return id;
    }

    /// <summary>True when the component holds no activity yet: the file's activities can only be new ones.</summary>
    public async Task<bool> IsEmptyAsync(long componentId) =>
        await context.ScalarAsync<int>(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM activities WHERE component_id = @ComponentId) THEN 0 ELSE 1 END",
            new { ComponentId = componentId }).ConfigureAwait(false) == 1;

    /// <summary>
    /// Inserts activities of a component that held none when the import started (<see cref="IsEmptyAsync"/>), with their
    /// office links; their labels go to the report with <see cref="ReportAdded"/> once the file is read.
    /// </summary>
    public async Task InsertNewAsync(long componentId, IReadOnlyList<ImportedActivity> activities)
    {
        if (context.Dialect.Provider == DatabaseProvider.Sqlite)
        {
            var rows = new List<(long SubId, ImportedActivity Activity, IReadOnlyList<long> Offices)>(activities.Count);
            foreach (var activity in activities)
            {
                rows.Add((await SubComponentAsync(componentId, activity).ConfigureAwait(false), activity, OfficeIdsOf(activity)));
            }

            await writer.InsertWithLinksAsync(componentId, rows, context.CancellationToken).ConfigureAwait(false);
            return;
        }

        var inserts = new List<(long SubId, ImportedActivity Activity)>(activities.Count);
        foreach (var activity in activities)
        {
            inserts.Add((await SubComponentAsync(componentId, activity).ConfigureAwait(false), activity));
        }

        var inserted = await writer.InsertActivitiesAsync(componentId, inserts, context.CancellationToken).ConfigureAwait(false);
        await writer.LinkAsync([.. activities.Select(a => (IdOf(inserted, a), OfficeIdsOf(a)))], context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>The labels of a component's activities inserted by <see cref="InsertNewAsync"/>, in the order <see cref="StoreComponentAsync"/> lists them.</summary>
    public void ReportAdded(IEnumerable<ImportedActivity> component) =>
        added.AddRange(component.GroupBy(a => a.SubComponent).SelectMany(sub => sub).Select(Label));

    /// <summary>
    /// Stores a component's activities against the stored ones: matched by number (or by text, <see cref="ActivityMatcher"/>),
    /// each new one inserted, each changed one rewritten, each gone one marked removed; ids, state and history kept.
    /// </summary>
    public async Task StoreComponentAsync(long componentId, List<ImportedActivity> activities)
    {
        var stored = await LoadAsync(context, componentId).ConfigureAwait(false);
        var matches = ActivityMatcher.Match(activities, stored);
        var matchOf = new Dictionary<ImportedActivity, ActivityRecord?>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < activities.Count; i++)
        {
            matchOf[activities[i]] = matches[i];
        }

        var gone = stored.Except(matches.OfType<ActivityRecord>()).ToList();
        var parked = await VacateNumbersAsync(context, activities, matches, gone).ConfigureAwait(false);
        var inserts = new List<(long SubId, ImportedActivity Activity)>();
        // The office links of new and changed activities, written once the new ones have their ids (null until then).
        var links = new List<(ImportedActivity Activity, long? Id, IReadOnlyList<long> Offices)>();
        foreach (var sub in activities.GroupBy(a => a.SubComponent))
        {
            var subId = await SubComponentAsync(componentId, sub.First()).ConfigureAwait(false);
            foreach (var activity in sub)
            {
                var label = Label(activity);
                var offices = OfficeIdsOf(activity);
                var was = matchOf[activity];
                if (was is null)
                {
                    inserts.Add((subId, activity));
                    links.Add((activity, null, offices));
                    added.Add(label);
                    continue;
                }

                var number = ActivityMatcher.NumberOf(was);
                if (number != activity.Number)
                {
                    renumbered.Add($"{activity.Component} {number} → {activity.Number}");
                }

                if (IsSame(was, subId, activity, offices))
                {
                    unchanged.Add(label);
                    if (number != activity.Number)
                    {
                        await RenumberAsync(context, was.Id, activity.Number.SubComponent, activity.Number.Item).ConfigureAwait(false);
                    }
                }
                else
                {
                    await writer.UpdateAsync(was.Id, subId, activity, context.CancellationToken).ConfigureAwait(false);
                    links.Add((activity, was.Id, offices));
                    changed.Add(label);
                }
            }
        }

        var inserted = await writer.InsertActivitiesAsync(componentId, inserts, context.CancellationToken).ConfigureAwait(false);
        await writer.LinkAsync([.. links.Select(l => (l.Id ?? IdOf(inserted, l.Activity), l.Offices))], context.CancellationToken).ConfigureAwait(false);
        foreach (var record in gone.Where(a => a.RemovedAt is null))
        {
            await writer.RemoveAsync(record.Id, context.CancellationToken).ConfigureAwait(false);
            removed.Add($"{activities[0].Component} {ActivityMatcher.NumberOf(record)}");
        }

        await ReplaceParkedAsync(context, activities, gone, parked).ConfigureAwait(false);
    }

    /// <summary>Commits (or, in a dry run, rolls back) and reports what was done.</summary>
    public async Task<ImportReport> FinishAsync(string entity, int year, IReadOnlyList<ImportedActivity> activities, bool dryRun)
    {
        if (dryRun)
        {
            await transaction.RollbackAsync(context.CancellationToken).ConfigureAwait(false);
        }
        else
        {
            await transaction.CommitAsync(context.CancellationToken).ConfigureAwait(false);
        }

        return new ImportReport(entity, year, added, changed, removed, unchanged, officesCreated, dryRun, activities, renumbered);
    }

    /// <summary>Disposes the transaction (rolling back what was not committed) and the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        await writer.DisposeAsync().ConfigureAwait(false);
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private static string Label(ImportedActivity activity) => $"{activity.Component} {activity.Number}";

    private IReadOnlyList<string> Expand(IReadOnlyList<string> offices)
    {
        // Plans repeat the same few responsible cells on every row (the reader hands out one list per distinct cell).
        if (!expandedList.TryGetValue(offices, out var result))
        {
            var key = string.Join('\n', offices);
            if (!expanded.TryGetValue(key, out result))
            {
                expanded[key] = result = known.Expand(offices);
            }

            if (result.SequenceEqual(offices, StringComparer.Ordinal))
            {
                result = offices;
            }

            expandedList[offices] = result;
        }

        return result;
    }

    /// <summary>
    /// The ids of an activity's offices, in order, each once (a row names one to three offices); one list for all the
    /// activities that share their office list (<see cref="Expand"/> hands out one per distinct responsible cell).
    /// </summary>
    private IReadOnlyList<long> OfficeIdsOf(ImportedActivity activity)
    {
        if (officeIdLists.TryGetValue(activity.Offices, out var known))
        {
            return known;
        }

        var offices = new List<long>(activity.Offices.Count);
        foreach (var office in activity.Offices)
        {
            if (!offices.Contains(officeIds[office]))
            {
                offices.Add(officeIds[office]);
            }
        }

        officeIdLists[activity.Offices] = offices;
        return offices;
    }

    /// <summary>The sub-component's id, found (and renamed) or created the first time this import names it in the component.</summary>
    private ValueTask<long> SubComponentAsync(long componentId, ImportedActivity first) =>
        subComponents.TryGetValue((componentId, first.SubComponent), out var id) ? ValueTask.FromResult(id) : StoreSubComponentAsync(componentId, first);

    private async ValueTask<long> StoreSubComponentAsync(long componentId, ImportedActivity first) =>
        subComponents[(componentId, first.SubComponent)] =
            await EnsureSubComponentAsync(context, componentId, first.SubComponent, first.SubComponentName).ConfigureAwait(false);
}
