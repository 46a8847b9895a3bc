namespace Reminders.Core.Reports;

/// <summary>
/// The counts of a group of activities at a cut-off. <see cref="Done"/> includes <see cref="DoneLate"/>, and
/// <see cref="Due"/> = <see cref="Done"/> + <see cref="Overdue"/>.
/// </summary>
/// <param name="Due">Activities with a date due by the cut-off ("Actividades programadas").</param>
/// <param name="Done">Of those, done by the cut-off ("Actividades cumplidas").</param>
public sealed record FollowUpTotals(int Due, int Done, int DoneLate, int Overdue, int OngoingWithProgress, int OngoingWithoutProgress)
{
    public static readonly FollowUpTotals Zero = new(0, 0, 0, 0, 0, 0);

    /// <summary>"% de avance" as the follow-up format computes it: done over due, one decimal; null when nothing is due.</summary>
    public decimal? Percent => Due == 0 ? null : Math.Round(100m * Done / Due, 1, MidpointRounding.AwayFromZero);

    public static FollowUpTotals Of(IEnumerable<ActivityStanding> standings)
    {
        int due = 0, done = 0, late = 0, overdue = 0, withProgress = 0, without = 0;
        foreach (var standing in standings)
        {
            switch (standing)
            {
                case ActivityStanding.Done:
                    due++;
                    done++;
                    break;
                case ActivityStanding.DoneLate:
                    due++;
                    done++;
                    late++;
                    break;
                case ActivityStanding.Overdue:
                    due++;
                    overdue++;
                    break;
                case ActivityStanding.OngoingWithProgress:
                    withProgress++;
                    break;
                case ActivityStanding.OngoingWithoutProgress:
                    without++;
                    break;
            }
        }

        return new FollowUpTotals(due, done, late, overdue, withProgress, without);
    }
}
