using System.Data.Common;
using Dapper;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>Reads activities with their offices and progress, and records done, cancelled and progress.</summary>
public sealed class ActivityStore(ConnectionFactory connections, TimeProvider time)
{
    private const string SelectActivities =
        """
        SELECT a.id AS Id, e.name AS Entity, p.year AS Year, c.number AS Component, s.name AS Subcomponent,
               a.sub_number AS SubNumber, a.item_number AS ItemNumber, a.text AS Text, a.product AS Product,
               a.due_date AS DueDate, a.cadence AS Cadence, a.state AS State, a.completed_on AS CompletedOn, a.evidence AS Evidence,
               a.start_date AS StartDate, a.periods AS Periods
        """;

    /// <summary>Activities in their plan's order: entity, year, component, sub-component, item.</summary>
    private const string InPlanOrder = " ORDER BY e.name, p.year, c.number, a.sub_number, a.item_number";

    private const string FromActivities =
        """
         FROM activities a
        JOIN components c ON c.id = a.component_id
        JOIN subcomponents s ON s.id = a.subcomponent_id
        JOIN plans p ON p.id = c.plan_id
        JOIN entities e ON e.id = p.entity_id
        WHERE a.removed_at IS NULL
        """;

    /// <summary>Every current activity matching the filter, as the rules see them (offices as ids, progress included).</summary>
    /// <remarks>
    /// Planning reads every entity's rows through here on every run, so the rows are read column by column with typed getters
    /// rather than mapped by Dapper (which asks each value's type and boxes it), and only the columns the rules use
    /// (docs/benchmarks.md, issue 10, round 4).
    /// </remarks>
    public async Task<IReadOnlyList<Activity>> LoadAsync(ActivityFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var parameters = Parameters(filter);
        var rows = new List<(long Id, string Entity, int Year, string Component, string Subcomponent, ActivityNumber Number, string Text,
            string Product, Schedule Schedule, ActivityState State, DateOnly? CompletedOn, string? Evidence)>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            """
            SELECT a.id, e.name, p.year, c.number, s.name, a.sub_number, a.item_number, a.text, a.product,
                   a.due_date, a.cadence, a.state, a.completed_on, a.evidence
            """ + FromActivities + Conditions(filter) + InPlanOrder,
            parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            var integers = new IntegerColumns(reader);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var due = Text.ParseDate(NullableString(reader, 9));
                rows.Add((
                    integers.Read(0), reader.GetString(1), (int)integers.Read(2), reader.GetString(3), reader.GetString(4),
                    new ActivityNumber((int)integers.Read(5), (int)integers.Read(6)), reader.GetString(7), reader.GetString(8),
                    due is { } date ? Schedule.On(date) : Schedule.Ongoing(CadenceNames.Parse(NullableString(reader, 10))),
                    StateOf(reader.GetString(11)), Text.ParseDate(NullableString(reader, 12)), NullableString(reader, 13)));
            }
        }

        // Links and progress (like the activities) only of the activities read: planning one entity reads that entity's rows, not
        // the whole database's, so a run costs what its entities hold (docs/benchmarks.md).
        var offices = new Dictionary<long, List<long>>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT ao.activity_id, ao.office_id" + LinksOf(filter), parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            var integers = new IntegerColumns(reader);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ListOf(offices, integers.Read(0)).Add(integers.Read(1));
            }
        }

        var progress = new Dictionary<long, List<ProgressReport>>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT activity_id, reported_on, note, evidence FROM progress_reports WHERE activity_id IN ({MatchingIds(filter)}) ORDER BY reported_on, id",
            parameters, cancellationToken: cancellationToken)).ConfigureAwait(false))
        {
            var integers = new IntegerColumns(reader);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                ListOf(progress, integers.Read(0)).Add(new ProgressReport(Text.ParseDate(reader.GetString(1))!.Value, reader.GetString(2), NullableString(reader, 3)));
            }
        }

        return rows.ConvertAll(r => new Activity(
            r.Id, r.Entity, r.Year, r.Component, r.Subcomponent, r.Number, r.Text, r.Product, r.Schedule, r.State, r.CompletedOn, r.Evidence,
            offices.TryGetValue(r.Id, out var ids) ? ids : [], progress.TryGetValue(r.Id, out var reports) ? reports : []));
    }

    /// <summary>Activities for <c>activities list</c>; <paramref name="asOf"/> decides which open ones are overdue.</summary>
    public async Task<IReadOnlyList<ActivityListRow>> ListAsync(ActivityFilter filter, string? state, DateOnly asOf, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var records = await QueryAsync(connection, null, filter, cancellationToken).ConfigureAwait(false);
        var offices = await OfficeLinksAsync(connection, filter, cancellationToken).ConfigureAwait(false);
        var rows = records.Select(r =>
        {
            var shownState = r.State == "open" && Text.ParseDate(r.DueDate) is { } due && due < asOf ? "overdue" : r.State;
            return new ActivityListRow(
                r.Id, r.Entity, r.Year, r.Component, r.Subcomponent, new ActivityNumber(r.SubNumber, r.ItemNumber).ToString(),
                r.Text, r.Product, offices[r.Id].Select(o => o.Name).ToList(), r.DueDate,
                r.DueDate is null ? "ongoing" : "date", r.Cadence, shownState, r.CompletedOn, r.Evidence,
                Start: r.StartDate, Periods: FourMonthPeriods.Parse(r.Periods));
        });
        return rows.Where(r => state is null || r.State == state).ToList();
    }

    /// <summary>Marks one activity done or cancelled; the filter must name exactly one activity.</summary>
    public Task<ActivityListRow> SetStateAsync(ActivityFilter filter, ActivityState state, DateOnly on, string? evidence, CancellationToken cancellationToken) =>
        SetStateAsync(filter, state, on, evidence, Command(state == ActivityState.Done ? "done" : "cancel"), cancellationToken);

    /// <summary>Marks one activity done or cancelled on behalf of <paramref name="origin"/> (a command, or a reply read from the intake mailbox).</summary>
    /// <exception cref="ChangeAlreadyRecordedException">The origin's message already changed an activity.</exception>
    public Task<ActivityListRow> SetStateAsync(
        ActivityFilter filter, ActivityState state, DateOnly on, string? evidence, ChangeOrigin origin, CancellationToken cancellationToken) =>
        ChangeOneAsync(
            filter,
            on,
            "UPDATE activities SET state = @State, completed_on = @On, evidence = COALESCE(@Evidence, evidence), updated_at = @Now WHERE id = @Id",
            id => new { State = state.ToString().ToLowerInvariant(), On = Text.Date(on), Evidence = evidence, Now = Text.Timestamp(time.GetUtcNow()), Id = id },
            (state == ActivityState.Done ? "cumplida" : "cancelada", Detail(on, evidence), origin),
            cancellationToken);

    /// <summary>Records a progress report for one activity; the filter must name exactly one activity.</summary>
    public Task<ActivityListRow> AddProgressAsync(ActivityFilter filter, DateOnly on, string note, string? evidence, CancellationToken cancellationToken) =>
        AddProgressAsync(filter, on, note, evidence, Command("progress"), cancellationToken);

    /// <summary>Records a progress report for one activity on behalf of <paramref name="origin"/>.</summary>
    /// <exception cref="ChangeAlreadyRecordedException">The origin's message already changed an activity.</exception>
    public Task<ActivityListRow> AddProgressAsync(
        ActivityFilter filter, DateOnly on, string note, string? evidence, ChangeOrigin origin, CancellationToken cancellationToken) =>
        ChangeOneAsync(
            filter,
            on,
            "INSERT INTO progress_reports (activity_id, reported_on, note, evidence, recorded_at) VALUES (@Id, @On, @Note, @Evidence, @Now)",
            id => new { Id = id, On = Text.Date(on), Note = note, Evidence = evidence, Now = Text.Timestamp(time.GetUtcNow()) },
            ("avance", Detail(on, evidence is null ? note : $"{note} — {evidence}"), origin),
            cancellationToken);

    /// <summary>The recorded changes of the one activity the filter names, oldest first.</summary>
    public async Task<(ActivityListRow Activity, IReadOnlyList<ActivityChange> Changes)> HistoryAsync(
        ActivityFilter filter, DateOnly on, CancellationToken cancellationToken)
    {
        long id;
        List<ActivityChange> changes;
        await using (var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            id = (await SingleAsync(connection, transaction, filter, cancellationToken).ConfigureAwait(false)).Id;
            changes = [.. await connection.QueryAsync<ActivityChange>(new CommandDefinition(
                """
                SELECT changed_at AS ChangedAt, change AS Change, detail AS Detail, actor AS Actor, source AS Source
                FROM activity_changes WHERE activity_id = @Id ORDER BY id
                """,
                new { Id = id }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false)];
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return ((await ListAsync(filter, null, on, cancellationToken).ConfigureAwait(false)).Single(r => r.Id == id), changes);
    }

    private static string Detail(DateOnly on, string? text) => text is null ? $"el {Text.Date(on)}" : $"el {Text.Date(on)}: {text}";

    /// <summary>Who and from where, for a change made with a command on this machine.</summary>
    private static ChangeOrigin Command(string name) => new(Environment.UserName, $"comando «reminders activities {name}»");

    /// <summary>Runs <paramref name="sql"/> for the one activity the filter names, in a transaction, and returns it as listed on <paramref name="on"/>.</summary>
    /// <remarks>The change is written to <c>activity_changes</c> in the same transaction, for <c>activities history</c>.</remarks>
    private async Task<ActivityListRow> ChangeOneAsync(
        ActivityFilter filter, DateOnly on, string sql, Func<long, object> parameters,
        (string Change, string Detail, ChangeOrigin Origin) audit, CancellationToken cancellationToken)
    {
        long id;
        await using (var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            id = (await SingleAsync(connection, transaction, filter, cancellationToken).ConfigureAwait(false)).Id;
            try
            {
                // The change's record first: a message that already changed an activity (read twice, or by two
                // instances at once) hits the unique message key before anything else is written.
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO activity_changes (activity_id, changed_at, change, detail, actor, source, message_key)
                    VALUES (@Id, @At, @Change, @Detail, @Actor, @Source, @MessageKey)
                    """,
                    new { Id = id, At = Text.Timestamp(time.GetUtcNow()), audit.Change, audit.Detail, audit.Origin.Actor, audit.Origin.Source, audit.Origin.MessageKey },
                    transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            catch (DbException e) when (audit.Origin.MessageKey is not null && UniqueViolation.Is(e))
            {
                throw new ChangeAlreadyRecordedException(audit.Origin.MessageKey, e);
            }

            await connection.ExecuteAsync(new CommandDefinition(sql, parameters(id), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return (await ListAsync(filter, null, on, cancellationToken).ConfigureAwait(false)).Single(r => r.Id == id);
    }

    private static async Task<ActivityRecord> SingleAsync(DbConnection connection, DbTransaction transaction, ActivityFilter filter, CancellationToken cancellationToken)
    {
        var matches = await QueryAsync(connection, transaction, filter, cancellationToken).ConfigureAwait(false);
        return matches.Count == 1
            ? matches[0]
            : throw new ActivityNotUniqueException(filter, matches.Select(m => (m.Entity, m.Year, m.Component)).ToList());
    }

    private static async Task<List<ActivityRecord>> QueryAsync(DbConnection connection, DbTransaction? transaction, ActivityFilter filter, CancellationToken cancellationToken)
    {
        var sql = SelectActivities + FromActivities + Conditions(filter) + InPlanOrder;
        var rows = await connection.QueryAsync<ActivityRecord>(new CommandDefinition(
            sql, Parameters(filter), transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToList();
    }

    /// <summary>A subquery of the ids of the current activities the filter matches (parameters from <see cref="Parameters"/>).</summary>
    private static string MatchingIds(ActivityFilter filter) => "SELECT a.id" + FromActivities + Conditions(filter);

    private static string Conditions(ActivityFilter filter)
    {
        var sql = "";
        if (filter.Entity is not null)
        {
            sql += " AND e.normalized_name = @Entity";
        }

        if (filter.Year is not null)
        {
            sql += " AND p.year = @Year";
        }

        if (filter.Component is not null)
        {
            sql += " AND c.number = @Component";
        }

        if (filter.Number is not null)
        {
            sql += " AND a.sub_number = @Sub AND a.item_number = @Item";
        }

        if (filter.Id is not null)
        {
            sql += " AND a.id = @Id";
        }

        if (filter.Office is not null)
        {
            sql += """
                 AND a.id IN (SELECT ao.activity_id FROM activity_offices ao JOIN offices o ON o.id = ao.office_id
                              LEFT JOIN office_aliases al ON al.office_id = o.id
                              WHERE o.normalized_name = @Office OR al.normalized_alias = @Office)
                """;
        }

        return sql;
    }

    private static object Parameters(ActivityFilter filter)
    {
        var number = filter.Number is null ? default : ActivityNumber.Parse(filter.Number);
        return new
        {
            Entity = filter.Entity is null ? null : OfficeNames.Normalize(filter.Entity),
            filter.Year,
            Component = filter.Component?.Trim().ToUpperInvariant(),
            Sub = number.SubComponent,
            Item = number.Item,
            Office = filter.Office is null ? null : OfficeNames.Normalize(filter.Office),
            filter.Id,
        };
    }

    private static async Task<ILookup<long, (long OfficeId, string Name)>> OfficeLinksAsync(
        DbConnection connection, ActivityFilter filter, CancellationToken cancellationToken) =>
        (await connection.QueryAsync<(long ActivityId, long OfficeId, string Name)>(new CommandDefinition(
            "SELECT ao.activity_id, ao.office_id, o.name" + LinksOf(filter),
            Parameters(filter),
            cancellationToken: cancellationToken)).ConfigureAwait(false))
        .ToLookup(l => l.ActivityId, l => (l.OfficeId, l.Name));

    /// <summary>The office links (<c>ao</c>, with their office <c>o</c>) of the activities matching the filter, in each activity's order.</summary>
    private static string LinksOf(ActivityFilter filter) =>
        $"""
         FROM activity_offices ao JOIN offices o ON o.id = ao.office_id
        WHERE ao.activity_id IN ({MatchingIds(filter)}) ORDER BY ao.activity_id, ao.position
        """;

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static List<T> ListOf<T>(Dictionary<long, List<T>> lists, long id)
    {
        if (!lists.TryGetValue(id, out var list))
        {
            list = [];
            lists.Add(id, list);
        }

        return list;
    }

    private static ActivityState StateOf(string state) => state switch
    {
        "done" => ActivityState.Done,
        "cancelled" => ActivityState.Cancelled,
        _ => ActivityState.Open,
    };
}
