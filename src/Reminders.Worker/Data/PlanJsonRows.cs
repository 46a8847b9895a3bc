using System.Text.Json;
using Reminders.Core.Import;
using Reminders.Core.Plans;

namespace Reminders.Worker.Data;

/// <summary>
/// SQLite: an import's new activities and office links as the JSON array of rows one INSERT reads through
/// <c>json_each</c> (<see cref="SqlDialect.InsertFromJsonRows"/>): one parameter a statement instead of nine a row, which
/// SQLite would look up by name along the statement's list (docs/benchmarks.md, "Import").
/// </summary>
internal static class PlanJsonRows
{
    /// <summary>
    /// The JSON of one statement, in UTF-8 bytes (about 300 activities or 3,000 links): with an ordinary last row, the bytes
    /// bound stay under the runtime's large-object threshold (85,000 bytes), so a plan's statements make no garbage that only
    /// a full collection frees (docs/benchmarks.md, "Import", round 4). A row longer than that alone still goes whole.
    /// </summary>
    public const int BytesPerStatement = 40 * 1024;

    /// <summary>
    /// Each activity as <c>[subcomponent_id, sub_number, item_number, text, product, due_date, cadence, start_date, periods]</c>,
    /// the columns <see cref="PlanWriter"/> stores, null where they are.
    /// </summary>
    public static void Activity(Utf8JsonWriter json, (long SubId, ImportedActivity Activity) row)
    {
        var (subId, a) = row;
        json.WriteNumberValue(subId);
        json.WriteNumberValue(a.Number.SubComponent);
        json.WriteNumberValue(a.Number.Item);
        json.WriteStringValue(a.Text);
        json.WriteStringValue(a.Product);
        JsonRows.StringOrNull(json, Text.Date(a.Schedule.Due));
        JsonRows.StringOrNull(json, a.Schedule.Cadence?.ToName());
        JsonRows.StringOrNull(json, Text.Date(a.Start));
        JsonRows.StringOrNull(json, FourMonthPeriods.Format(a.Periods));
    }

    /// <summary>Each link as <c>[activity_id, office_id, position]</c>.</summary>
    public static void Link(Utf8JsonWriter json, (long ActivityId, long Office, int Position) link)
    {
        json.WriteNumberValue(link.ActivityId);
        json.WriteNumberValue(link.Office);
        json.WriteNumberValue(link.Position);
    }
}
