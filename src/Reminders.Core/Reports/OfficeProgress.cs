using Reminders.Core.Plans;

namespace Reminders.Core.Reports;

/// <summary>
/// An office's progress on its plan year, for the line each digest carries ("5 de 8 actividades con fecha
/// cumplidas (62,5 %)"): of its activities with a date, not cancelled, how many are done by the run date.
/// </summary>
public sealed record OfficeProgress(int Done, int Dated)
{
    /// <summary>Done over dated, one decimal; null when the office has no dated activity.</summary>
    public decimal? Percent => Dated == 0 ? null : Math.Round(100m * Done / Dated, 1, MidpointRounding.AwayFromZero);

    public static OfficeProgress Of(IEnumerable<Activity> activities, long officeId, int year, DateOnly asOf)
    {
        var dated = 0;
        var done = 0;
        foreach (var a in activities)
        {
            if (a.Year == year && a.Schedule.Due is not null && a.State != ActivityState.Cancelled && a.OfficeIds.Contains(officeId))
            {
                dated++;
                done += a.State == ActivityState.Done && (a.CompletedOn is null || a.CompletedOn <= asOf) ? 1 : 0;
            }
        }

        return new OfficeProgress(done, dated);
    }
}
