using System.Data.Common;
using Dapper;
using Reminders.Core.Import;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>
/// Stores an imported plan in one transaction: upserts components, sub-components, offices and activities keyed by
/// (entity, year, component, number), keeps their state and history, and marks activities missing from the file removed.
/// </summary>
public sealed class PlanStore(ConnectionFactory connections, TimeProvider time)
{
    public async Task<ImportReport> ImportAsync(string entity, ImportedPlan plan, string source, bool dryRun, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var context = new ImportContext(connection, transaction, connections.Dialect, Text.Timestamp(time.GetUtcNow()), cancellationToken);

        var entityId = await EntityStore.EnsureAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false);
        var planId = await EnsurePlanAsync(context, entityId, plan.Year, source).ConfigureAwait(false);
        var known = new KnownOffices((await OfficeStore.ListAsync(connection, transaction, entity, cancellationToken).ConfigureAwait(false))
            .SelectMany(o => o.Aliases.Prepend(o.Name)));
        plan = plan with { Activities = [.. plan.Activities.Select(a => a with { Offices = known.Expand(a.Offices) })] };
        var officesCreated = new List<string>();
        var officeIds = new Dictionary<string, long>();
        foreach (var name in plan.Activities.SelectMany(a => a.Offices).Distinct())
        {
            var (id, created) = await OfficeStore.EnsureAsync(connection, transaction, entityId, name, cancellationToken).ConfigureAwait(false);
            officeIds[name] = id;
            if (created)
            {
                officesCreated.Add(name);
            }
        }

        var added = new List<string>();
        var changed = new List<string>();
        var unchanged = new List<string>();
        var removed = new List<string>();
        foreach (var component in plan.Activities.GroupBy(a => a.Component))
        {
            var componentId = await EnsureComponentAsync(context, planId, component.Key, component.First().ComponentName).ConfigureAwait(false);
            var existing = (await LoadAsync(context, componentId).ConfigureAwait(false))
                .ToDictionary(a => new ActivityNumber(a.SubNumber, a.ItemNumber));
            foreach (var sub in component.GroupBy(a => a.SubComponent))
            {
                var subId = await EnsureSubComponentAsync(context, componentId, sub.Key, sub.First().SubComponentName).ConfigureAwait(false);
                foreach (var activity in sub)
                {
                    var label = $"{activity.Component} {activity.Number}";
                    var offices = activity.Offices.Select(o => officeIds[o]).Distinct().ToList();
                    if (!existing.Remove(activity.Number, out var stored))
                    {
                        await InsertAsync(context, componentId, subId, activity, offices).ConfigureAwait(false);
                        added.Add(label);
                    }
                    else if (IsSame(stored, subId, activity, offices))
                    {
                        unchanged.Add(label);
                    }
                    else
                    {
                        await UpdateAsync(context, stored.Id, subId, activity, offices).ConfigureAwait(false);
                        changed.Add(label);
                    }
                }
            }

            foreach (var gone in existing.Values.Where(a => a.RemovedAt is null))
            {
                await context.ExecuteAsync("UPDATE activities SET removed_at = @Now, updated_at = @Now WHERE id = @Id", new { context.Now, gone.Id }).ConfigureAwait(false);
                removed.Add($"{component.Key} {new ActivityNumber(gone.SubNumber, gone.ItemNumber)}");
            }
        }

        if (dryRun)
        {
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return new ImportReport(entity, plan.Year, added, changed, removed, unchanged, officesCreated, dryRun, plan.Activities);
    }

    private static bool IsSame(ActivityRecord stored, long subId, ImportedActivity activity, IReadOnlyList<long> offices) =>
        stored.RemovedAt is null
        && stored.SubcomponentId == subId
        && stored.Text == activity.Text
        && stored.Product == activity.Product
        && stored.DueDate == Text.Date(activity.Schedule.Due)
        && stored.Cadence == activity.Schedule.Cadence?.ToName()
        && stored.OfficeIds == string.Join(',', offices);

    private static async Task<long> EnsurePlanAsync(ImportContext context, long entityId, int year, string source)
    {
        var id = await context.ScalarAsync<long?>("SELECT id FROM plans WHERE entity_id = @EntityId AND year = @Year", new { EntityId = entityId, Year = year }).ConfigureAwait(false);
        if (id is { } existing)
        {
            await context.ExecuteAsync("UPDATE plans SET imported_at = @Now, source = @Source WHERE id = @Id", new { context.Now, Source = source, Id = existing }).ConfigureAwait(false);
            return existing;
        }

        return await context.ScalarAsync<long>(
            context.Dialect.InsertReturningId("plans", "entity_id, year, imported_at, source", "@EntityId, @Year, @Now, @Source"),
            new { EntityId = entityId, Year = year, context.Now, Source = source }).ConfigureAwait(false);
    }

    private static Task<long> EnsureComponentAsync(ImportContext context, long planId, string number, string name) =>
        EnsureNamedAsync(context, "components", "plan_id", planId, number, name);

    private static Task<long> EnsureSubComponentAsync(ImportContext context, long componentId, int number, string name) =>
        EnsureNamedAsync(context, "subcomponents", "component_id", componentId, number, name);

    /// <summary>Finds the row of <paramref name="table"/> under a parent by number, renaming it, or inserts it.</summary>
    /// <remarks>Table and column names are constants of this class, never input.</remarks>
    private static async Task<long> EnsureNamedAsync(ImportContext context, string table, string parentColumn, long parentId, object number, string name)
    {
        var id = await context.ScalarAsync<long?>($"SELECT id FROM {table} WHERE {parentColumn} = @ParentId AND number = @Number", new { ParentId = parentId, Number = number }).ConfigureAwait(false);
        if (id is { } existing)
        {
            await context.ExecuteAsync($"UPDATE {table} SET name = @Name WHERE id = @Id", new { Name = name, Id = existing }).ConfigureAwait(false);
            return existing;
        }

        return await context.ScalarAsync<long>(
            context.Dialect.InsertReturningId(table, $"{parentColumn}, number, name", "@ParentId, @Number, @Name"),
            new { ParentId = parentId, Number = number, Name = name }).ConfigureAwait(false);
    }

    private static async Task<IReadOnlyList<ActivityRecord>> LoadAsync(ImportContext context, long componentId)
    {
        var rows = (await context.Connection.QueryAsync<ActivityRecord>(new CommandDefinition(
            """
            SELECT a.id AS Id, a.sub_number AS SubNumber, a.item_number AS ItemNumber, a.subcomponent_id AS SubcomponentId,
                   a.text AS Text, a.product AS Product, a.due_date AS DueDate, a.cadence AS Cadence, a.removed_at AS RemovedAt
            FROM activities a WHERE a.component_id = @ComponentId
            """,
            new { ComponentId = componentId },
            context.Transaction,
            cancellationToken: context.CancellationToken)).ConfigureAwait(false)).ToList();
        var links = (await context.Connection.QueryAsync<(long ActivityId, long OfficeId)>(new CommandDefinition(
            """
            SELECT ao.activity_id, ao.office_id FROM activity_offices ao JOIN activities a ON a.id = ao.activity_id
            WHERE a.component_id = @ComponentId ORDER BY ao.activity_id, ao.position
            """,
            new { ComponentId = componentId },
            context.Transaction,
            cancellationToken: context.CancellationToken)).ConfigureAwait(false)).ToLookup(l => l.ActivityId, l => l.OfficeId);
        foreach (var row in rows)
        {
            row.OfficeIds = string.Join(',', links[row.Id]);
        }

        return rows;
    }

    private static async Task InsertAsync(ImportContext context, long componentId, long subId, ImportedActivity activity, IReadOnlyList<long> offices)
    {
        var id = await context.ScalarAsync<long>(
            context.Dialect.InsertReturningId(
                "activities",
                "component_id, subcomponent_id, sub_number, item_number, text, product, due_date, cadence, state, updated_at",
                "@ComponentId, @SubId, @Sub, @Item, @Text, @Product, @Due, @Cadence, 'open', @Now"),
            new
            {
                ComponentId = componentId,
                SubId = subId,
                Sub = activity.Number.SubComponent,
                Item = activity.Number.Item,
                activity.Text,
                activity.Product,
                Due = Text.Date(activity.Schedule.Due),
                Cadence = activity.Schedule.Cadence?.ToName(),
                context.Now,
            }).ConfigureAwait(false);
        await LinkOfficesAsync(context, id, offices).ConfigureAwait(false);
    }

    private static async Task UpdateAsync(ImportContext context, long id, long subId, ImportedActivity activity, IReadOnlyList<long> offices)
    {
        await context.ExecuteAsync(
            """
            UPDATE activities SET subcomponent_id = @SubId, text = @Text, product = @Product, due_date = @Due,
                                  cadence = @Cadence, removed_at = NULL, updated_at = @Now
            WHERE id = @Id
            """,
            new
            {
                Id = id,
                SubId = subId,
                activity.Text,
                activity.Product,
                Due = Text.Date(activity.Schedule.Due),
                Cadence = activity.Schedule.Cadence?.ToName(),
                context.Now,
            }).ConfigureAwait(false);
        await context.ExecuteAsync("DELETE FROM activity_offices WHERE activity_id = @Id", new { Id = id }).ConfigureAwait(false);
        await LinkOfficesAsync(context, id, offices).ConfigureAwait(false);
    }

    private static async Task LinkOfficesAsync(ImportContext context, long activityId, IReadOnlyList<long> offices)
    {
        for (var i = 0; i < offices.Count; i++)
        {
            await context.ExecuteAsync(
                "INSERT INTO activity_offices (activity_id, office_id, position) VALUES (@ActivityId, @OfficeId, @Position)",
                new { ActivityId = activityId, OfficeId = offices[i], Position = i }).ConfigureAwait(false);
        }
    }

    private sealed record ImportContext(DbConnection Connection, DbTransaction Transaction, SqlDialect Dialect, string Now, CancellationToken CancellationToken)
    {
        public Task<int> ExecuteAsync(string sql, object parameters) =>
            Connection.ExecuteAsync(new CommandDefinition(sql, parameters, Transaction, cancellationToken: CancellationToken));

        public Task<T?> ScalarAsync<T>(string sql, object parameters) =>
            Connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: CancellationToken));
    }
}
