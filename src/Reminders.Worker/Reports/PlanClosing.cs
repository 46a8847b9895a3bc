using Reminders.Core.Reports;
using Reminders.Worker.Data;

namespace Reminders.Worker.Reports;

/// <summary>How <c>activities list</c> shows an activity of a closed plan year: done, or not done, at closing.</summary>
public static class PlanClosing
{
    public static ActivityListRow Apply(ActivityListRow row, FollowUpCalendar calendar, DateOnly asOf)
    {
        if (!calendar.IsClosed(row.Year, asOf))
        {
            return row;
        }

        var deadline = calendar.Deadline(row.Year);
        var completed = row.CompletedOn is null ? (DateOnly?)null : DateOnly.ParseExact(row.CompletedOn, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var state = row.State switch
        {
            "cancelled" => "cancelled",
            "done" when completed is null || completed <= deadline => "done",
            _ => "not-done",
        };
        return row with { State = state, Closed = true };
    }

    /// <summary>The state column of the text listing: <c>cerrada: cumplida</c>, <c>cerrada: no cumplida</c>…</summary>
    public static string Describe(ActivityListRow row) => !row.Closed ? row.State : row.State switch
    {
        "done" => "cerrada: cumplida",
        "cancelled" => "cerrada: cancelada",
        _ => "cerrada: no cumplida",
    };
}
