using System.Buffers;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Reminders.Core.Import;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>
/// Writes an import's activities and office links inside the caller's transaction with few statements: new activities
/// and links in multi-row INSERTs (one statement, one round trip and one parse per batch instead of per row; every full
/// batch reuses one command) — on SQLite a new component's activities and links a row a step of a prepared statement
/// (<see cref="SqlitePlanRows"/>), the rest from one JSON parameter a statement (<see cref="PlanJsonRows"/>) —, and each
/// changed or removed activity through one prepared command reused for all of them (docs/benchmarks.md, "Import"). Every
/// value is a parameter.
/// </summary>
internal sealed class PlanWriter(DbConnection connection, DbTransaction transaction, SqlDialect dialect, string now) : IAsyncDisposable
{
    /// <summary>One buffer for every statement's JSON (<see cref="PlanJsonRows"/>): it grows once, not for each statement.</summary>
    private readonly ArrayBufferWriter<byte> json = new(64 * 1024);
    private DbCommand? update;
    private DbCommand? unlink;
    private DbCommand? remove;

    /// <summary>
    /// Rows of one multi-row INSERT on the server providers, where each statement is a round trip: as many as stay well under
    /// SQL Server's 2,100 parameters. (SQLite looks each parameter up by name along the statement's list, so it gets the rows
    /// as one JSON parameter instead, <see cref="PlanJsonRows"/>.)
    /// </summary>
    internal static int RowsPerStatement(int parametersPerRow) => 900 / parametersPerRow;

    /// <summary>Inserts new activities of one component (state <c>open</c>); returns the id of each by its number.</summary>
    public async Task<Dictionary<ActivityNumber, long>> InsertActivitiesAsync(
        long componentId, IReadOnlyList<(long SubId, ImportedActivity Activity)> rows, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<ActivityNumber, long>(rows.Count);
        if (dialect.Provider == DatabaseProvider.Sqlite)
        {
            await using var command = Command(dialect.InsertFromJsonRows(
                "activities", "subcomponent_id, sub_number, item_number, text, product, due_date, cadence, start_date, periods, component_id, state, updated_at",
                fields: 9, sharedValues: "@ComponentId, 'open', @Now", rowsParameter: "@Rows") + " RETURNING id, sub_number, item_number");
            Add(command, "@ComponentId", DbType.Int64).Value = componentId;
            Add(command, "@Now", DbType.String).Value = now;
            await JsonRows.ExecuteAsync(Add(command, "@Rows", DbType.Binary), json, rows, PlanJsonRows.BytesPerStatement, PlanJsonRows.Activity,
                token => ReadIdsAsync(command, ids, token), cancellationToken).ConfigureAwait(false);

            return ids;
        }

        await DbCommands.ForEachChunkAsync(rows, RowsPerStatement(9), ActivityCommand, async (command, chunk) =>
        {
            command.Parameters[0].Value = componentId;
            for (var i = 0; i < chunk.Length; i++)
            {
                var (subId, a) = chunk[i];
                var p = command.Parameters;
                var at = 2 + (i * 9);
                p[at].Value = subId;
                p[at + 1].Value = a.Number.SubComponent;
                p[at + 2].Value = a.Number.Item;
                p[at + 3].Value = a.Text;
                p[at + 4].Value = a.Product;
                p[at + 5].Value = (object?)Text.Date(a.Schedule.Due) ?? DBNull.Value;
                p[at + 6].Value = (object?)a.Schedule.Cadence?.ToName() ?? DBNull.Value;
                p[at + 7].Value = (object?)Text.Date(a.Start) ?? DBNull.Value;
                p[at + 8].Value = (object?)FourMonthPeriods.Format(a.Periods) ?? DBNull.Value;
            }

            await ReadIdsAsync(command, ids, cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);

        return ids;
    }

    /// <summary>
    /// SQLite: inserts new activities of one component (state <c>open</c>) with their office links, each activity and each
    /// link one step of a statement prepared once (<see cref="SqlitePlanRows"/>). Each activity's id is the one SQLite's
    /// AUTOINCREMENT gives it, after the largest the table has ever had, in the order given.
    /// </summary>
    public Task InsertWithLinksAsync(
        long componentId, IReadOnlyList<(long SubId, ImportedActivity Activity, IReadOnlyList<long> Offices)> rows, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection sqlite)
        {
            throw new NotSupportedException($"InsertWithLinksAsync is SQLite's; {dialect.Provider} inserts activities and then their links.");
        }

        SqlitePlanRows.InsertWithLinks(sqlite, componentId, now, rows, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Runs an INSERT that returns <c>id, sub_number, item_number</c> and keeps each new id by its number.</summary>
    private static async Task ReadIdsAsync(DbCommand command, Dictionary<ActivityNumber, long> ids, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids[new ActivityNumber(Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture))] =
                Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Links each activity to its offices, in the order given (their <c>position</c>).</summary>
    public async Task LinkAsync(IReadOnlyList<(long ActivityId, IReadOnlyList<long> Offices)> activities, CancellationToken cancellationToken)
    {
        var links = activities.SelectMany(a => a.Offices.Select((office, position) => (a.ActivityId, Office: office, Position: position))).ToList();
        if (dialect.Provider == DatabaseProvider.Sqlite)
        {
            await using var command = Command(dialect.InsertFromJsonRows(
                "activity_offices", "activity_id, office_id, position", fields: 3, sharedValues: "", rowsParameter: "@Rows"));
            await JsonRows.ExecuteAsync(Add(command, "@Rows", DbType.Binary), json, links, PlanJsonRows.BytesPerStatement, PlanJsonRows.Link,
                command.ExecuteNonQueryAsync, cancellationToken).ConfigureAwait(false);

            return;
        }

        await DbCommands.ForEachChunkAsync(links, RowsPerStatement(3), LinkCommand, async (command, chunk) =>
        {
            for (var i = 0; i < chunk.Length; i++)
            {
                var p = command.Parameters;
                p[i * 3].Value = chunk[i].ActivityId;
                p[(i * 3) + 1].Value = chunk[i].Office;
                p[(i * 3) + 2].Value = chunk[i].Position;
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
    }

    /// <summary>Rewrites a stored activity from the file (un-removing it) and drops its office links, which <see cref="LinkAsync"/> writes anew.</summary>
    public async Task UpdateAsync(long id, long subId, ImportedActivity activity, CancellationToken cancellationToken)
    {
        update ??= Prepared(
            """
            UPDATE activities SET subcomponent_id = @SubId, sub_number = @Sub, item_number = @Item, text = @Text, product = @Product,
                                  due_date = @Due, cadence = @Cadence, start_date = @Start, periods = @Periods, removed_at = NULL, updated_at = @Now
            WHERE id = @Id
            """,
            ("@SubId", DbType.Int64), ("@Sub", DbType.Int32), ("@Item", DbType.Int32), ("@Text", DbType.String), ("@Product", DbType.String),
            ("@Due", DbType.String), ("@Cadence", DbType.String), ("@Start", DbType.String), ("@Periods", DbType.String), ("@Id", DbType.Int64));
        var p = update.Parameters;
        p[1].Value = subId;
        p[2].Value = activity.Number.SubComponent;
        p[3].Value = activity.Number.Item;
        p[4].Value = activity.Text;
        p[5].Value = activity.Product;
        p[6].Value = (object?)Text.Date(activity.Schedule.Due) ?? DBNull.Value;
        p[7].Value = (object?)activity.Schedule.Cadence?.ToName() ?? DBNull.Value;
        p[8].Value = (object?)Text.Date(activity.Start) ?? DBNull.Value;
        p[9].Value = (object?)FourMonthPeriods.Format(activity.Periods) ?? DBNull.Value;
        p[10].Value = id;
        await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        if (unlink is null)
        {
            unlink = Command("DELETE FROM activity_offices WHERE activity_id = @Id");
            Add(unlink, "@Id", DbType.Int64);
        }

        unlink.Parameters[0].Value = id;
        await unlink.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks an activity no longer in the file removed; its state, links and history stay.</summary>
    public async Task RemoveAsync(long id, CancellationToken cancellationToken)
    {
        remove ??= Prepared("UPDATE activities SET removed_at = @Now, updated_at = @Now WHERE id = @Id", ("@Id", DbType.Int64));
        remove.Parameters[1].Value = id;
        await remove.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in new[] { update, unlink, remove })
        {
            if (command is not null)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private DbCommand ActivityCommand(int rows)
    {
        var values = new StringBuilder(rows * 64);
        for (var i = 0; i < rows; i++)
        {
            values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture,
                $"(@ComponentId, @b{i}, @s{i}, @i{i}, @t{i}, @p{i}, @d{i}, @c{i}, @f{i}, @q{i}, 'open', @Now)");
        }

        var sql = dialect.Provider == DatabaseProvider.SqlServer
            ? "INSERT INTO activities (component_id, subcomponent_id, sub_number, item_number, text, product, due_date, cadence, start_date, periods, state, updated_at)"
                + " OUTPUT INSERTED.id, INSERTED.sub_number, INSERTED.item_number VALUES " + values
            : "INSERT INTO activities (component_id, subcomponent_id, sub_number, item_number, text, product, due_date, cadence, start_date, periods, state, updated_at)"
                + " VALUES " + values + " RETURNING id, sub_number, item_number";
        var command = Command(sql);
        Add(command, "@ComponentId", DbType.Int64);
        Add(command, "@Now", DbType.String).Value = now;
        for (var i = 0; i < rows; i++)
        {
            Add(command, $"@b{i}", DbType.Int64);
            Add(command, $"@s{i}", DbType.Int32);
            Add(command, $"@i{i}", DbType.Int32);
            Add(command, $"@t{i}", DbType.String);
            Add(command, $"@p{i}", DbType.String);
            Add(command, $"@d{i}", DbType.String);
            Add(command, $"@c{i}", DbType.String);
            Add(command, $"@f{i}", DbType.String);
            Add(command, $"@q{i}", DbType.String);
        }

        return command;
    }

    private DbCommand LinkCommand(int rows)
    {
        var values = new StringBuilder(rows * 24);
        for (var i = 0; i < rows; i++)
        {
            values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@a{i}, @o{i}, @n{i})");
        }

        var command = Command("INSERT INTO activity_offices (activity_id, office_id, position) VALUES " + values);
        for (var i = 0; i < rows; i++)
        {
            Add(command, $"@a{i}", DbType.Int64);
            Add(command, $"@o{i}", DbType.Int64);
            Add(command, $"@n{i}", DbType.Int32);
        }

        return command;
    }

    /// <summary>A command with <c>@Now</c> first, then the given parameters in order.</summary>
    private DbCommand Prepared(string sql, params (string Name, DbType Type)[] parameters)
    {
        var command = Command(sql);
        Add(command, "@Now", DbType.String).Value = now;
        foreach (var (name, type) in parameters)
        {
            Add(command, name, type);
        }

        return command;
    }

    private DbCommand Command(string sql) => DbCommands.Create(connection, transaction, sql);

    private static DbParameter Add(DbCommand command, string name, DbType type) => DbCommands.Add(command, name, type);
}
