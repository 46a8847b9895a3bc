using System.Data.Common;
using Dapper;
using Reminders.Core.Import;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>
/// The single-row steps of an import (<see cref="PlanImport"/>): plans, components and sub-components found or created by
/// number, stored activities loaded and compared, numbers moved out of each other's way in a component known by text.
/// </summary>
internal static class PlanImportSteps
{
    public static bool IsSame(ActivityRecord stored, long subId, ImportedActivity activity, IReadOnlyList<long> offices) =>
        stored.RemovedAt is null
        && stored.SubcomponentId == subId
        && stored.Text == activity.Text
        && stored.Product == activity.Product
        && stored.DueDate == Text.Date(activity.Schedule.Due)
        && stored.StartDate == Text.Date(activity.Start)
        && stored.Periods == FourMonthPeriods.Format(activity.Periods)
        && stored.Cadence == activity.Schedule.Cadence?.ToName()
        && stored.OfficeIds == string.Join(',', offices);

    /// <summary>
    /// For a component known by text (<see cref="ActivityMatcher"/>), moves out of the way every stored activity whose number
    /// another one takes now: one paired with an activity that has a new number, or one no longer in the file that holds a number
    /// still in use. Each gets the free placeholder <c>-id</c> (numbers are unique in a component). Returns the ones no longer in
    /// the file, which <see cref="ReplaceParkedAsync"/> then numbers after the last number in use.
    /// </summary>
    public static async Task<IReadOnlyList<ActivityRecord>> VacateNumbersAsync(
        ImportContext context, List<ImportedActivity> activities, IReadOnlyList<ActivityRecord?> matches, List<ActivityRecord> gone)
    {
        if (!ActivityMatcher.ByText(activities))
        {
            return [];
        }

        var taken = activities.Select(a => a.Number).ToHashSet();
        var moving = matches.Select((record, i) => (record, i))
            .Where(m => m.record is { } r && ActivityMatcher.NumberOf(r) != activities[m.i].Number)
            .Select(m => m.record!);
        var parkedGone = gone.Where(r => taken.Contains(ActivityMatcher.NumberOf(r))).ToList();
        foreach (var record in moving.Concat(parkedGone))
        {
            await RenumberAsync(context, record.Id, record.SubNumber, checked(-(int)record.Id)).ConfigureAwait(false);
        }

        return parkedGone;
    }

    /// <summary>Numbers the activities <see cref="VacateNumbersAsync"/> parked and the file no longer has after the last number in use in their sub-component.</summary>
    public static async Task ReplaceParkedAsync(
        ImportContext context, List<ImportedActivity> activities, List<ActivityRecord> gone, IReadOnlyList<ActivityRecord> parked)
    {
        var used = activities.Select(a => a.Number).Concat(gone.Except(parked).Select(ActivityMatcher.NumberOf)).ToList();
        foreach (var record in parked.OrderBy(r => r.SubNumber).ThenBy(r => r.ItemNumber))
        {
            var item = used.Where(n => n.SubComponent == record.SubNumber).Select(n => n.Item).DefaultIfEmpty(0).Max() + 1;
            used.Add(new ActivityNumber(record.SubNumber, item));
            await RenumberAsync(context, record.Id, record.SubNumber, item).ConfigureAwait(false);
        }
    }

    public static Task<int> RenumberAsync(ImportContext context, long id, int sub, int item) =>
        context.ExecuteAsync(
            "UPDATE activities SET sub_number = @Sub, item_number = @Item, updated_at = @Now WHERE id = @Id",
            new { Id = id, Sub = sub, Item = item, context.Now });

    public static async Task<long> EnsurePlanAsync(ImportContext context, long entityId, int year, string source)
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

    public static Task<long> EnsureComponentAsync(ImportContext context, long planId, string number, string name) =>
        EnsureNamedAsync(context, "components", "plan_id", planId, number, name);

    public static Task<long> EnsureSubComponentAsync(ImportContext context, long componentId, int number, string name) =>
        EnsureNamedAsync(context, "subcomponents", "component_id", componentId, number, name);

    /// <summary>Finds the row of <paramref name="table"/> under a parent by number, renaming it, or inserts it.</summary>
    /// <remarks>Table and column names are constants of this class, never input.</remarks>
    public static async Task<long> EnsureNamedAsync(ImportContext context, string table, string parentColumn, long parentId, object number, string name)
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

    public static async Task<IReadOnlyList<ActivityRecord>> LoadAsync(ImportContext context, long componentId)
    {
        var rows = (await context.Connection.QueryAsync<ActivityRecord>(new CommandDefinition(
            """
            SELECT a.id AS Id, a.sub_number AS SubNumber, a.item_number AS ItemNumber, a.subcomponent_id AS SubcomponentId,
                   a.text AS Text, a.product AS Product, a.due_date AS DueDate, a.cadence AS Cadence, a.removed_at AS RemovedAt,
                   a.start_date AS StartDate, a.periods AS Periods
            FROM activities a WHERE a.component_id = @ComponentId ORDER BY a.id
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

    public static long IdOf(Dictionary<ActivityNumber, long> inserted, ImportedActivity activity) =>
        inserted.TryGetValue(activity.Number, out var id)
            ? id
            : throw new InvalidOperationException($"The database returned no id for the new activity {activity.Component} {activity.Number}.");

    public sealed record ImportContext(DbConnection Connection, DbTransaction Transaction, SqlDialect Dialect, string Now, CancellationToken CancellationToken)
    {
        public Task<int> ExecuteAsync(string sql, object parameters) =>
            Connection.ExecuteAsync(new CommandDefinition(sql, parameters, Transaction, cancellationToken: CancellationToken));

        public Task<T?> ScalarAsync<T>(string sql, object parameters) =>
            Connection.ExecuteScalarAsync<T>(new CommandDefinition(sql, parameters, Transaction, cancellationToken: CancellationToken));
    }
}
