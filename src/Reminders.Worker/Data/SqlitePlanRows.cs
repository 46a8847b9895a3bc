using Microsoft.Data.Sqlite;
using Reminders.Core.Import;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>
/// SQLite: an import's new activities of one component and their office links, written by two statements prepared once
/// and stepped once a row (<see cref="SqliteStatement"/>), in the caller's transaction. Each activity's id is the rowid
/// its insert made (what <c>AUTOINCREMENT</c> gives: after the largest id the table ever had), and its links follow it at
/// once. Before, both statements read the rows from one JSON text that .NET wrote and SQLite parsed again
/// (docs/benchmarks.md, "Import", round 6).
/// </summary>
internal static class SqlitePlanRows
{
    private const string InsertActivity =
        """
        INSERT INTO activities (subcomponent_id, sub_number, item_number, text, product, due_date, cadence, start_date, periods, component_id, state, updated_at)
        VALUES (@Sub, @SubNumber, @Item, @Text, @Product, @Due, @Cadence, @Start, @Periods, @ComponentId, 'open', @Now)
        """;

    private const string InsertLink = "INSERT INTO activity_offices (activity_id, office_id, position) VALUES (@Activity, @Office, @Position)";

    public static void InsertWithLinks(
        SqliteConnection connection, long componentId, string now, IReadOnlyList<(long SubId, ImportedActivity Activity, IReadOnlyList<long> Offices)> rows,
        CancellationToken cancellationToken)
    {
        using var activity = SqliteStatement.Prepare(connection, InsertActivity);
        using var link = SqliteStatement.Prepare(connection, InsertLink);
        int sub = activity.IndexOf("@Sub"), subNumber = activity.IndexOf("@SubNumber"), item = activity.IndexOf("@Item"),
            text = activity.IndexOf("@Text"), product = activity.IndexOf("@Product"), due = activity.IndexOf("@Due"),
            cadence = activity.IndexOf("@Cadence"), start = activity.IndexOf("@Start"), periods = activity.IndexOf("@Periods");
        activity.Bind(activity.IndexOf("@ComponentId"), componentId);
        activity.Bind(activity.IndexOf("@Now"), now);
        int linked = link.IndexOf("@Activity"), office = link.IndexOf("@Office"), position = link.IndexOf("@Position");
        for (var i = 0; i < rows.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (subId, a, offices) = rows[i];
            activity.Bind(sub, subId);
            activity.Bind(subNumber, a.Number.SubComponent);
            activity.Bind(item, a.Number.Item);
            activity.Bind(text, a.Text);
            activity.Bind(product, a.Product);
            activity.Bind(due, Text.Date(a.Schedule.Due));
            activity.Bind(cadence, a.Schedule.Cadence?.ToName());
            activity.Bind(start, Text.Date(a.Start));
            activity.Bind(periods, FourMonthPeriods.Format(a.Periods));
            activity.Execute();
            var id = activity.LastInsertRowId;
            link.Bind(linked, id);
            for (var at = 0; at < offices.Count; at++)
            {
                link.Bind(office, offices[at]);
                link.Bind(position, at);
                link.Execute();
            }
        }
    }
}
