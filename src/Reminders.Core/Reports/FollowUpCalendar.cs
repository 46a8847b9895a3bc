using Reminders.Core.Calendar;
using Reminders.Core.Options;

namespace Reminders.Core.Reports;

/// <summary>
/// The follow-up dates of a plan year (docs/follow-up.md): the cut-offs (<c>Reminders:Ongoing:CutOffs</c>), the
/// period each closes, the day each report is sent, the last follow-up deadline and the day the plan year closes.
/// </summary>
public sealed class FollowUpCalendar(RemindersOptions options, BusinessCalendar calendar)
{
    private FollowUpOptions FollowUp => options.FollowUp;

    public IReadOnlyList<DateOnly> CutOffs(int year) => options.Ongoing.CutOffDates(year);

    /// <summary>The first day of the period that ends on <paramref name="cutOff"/>: the day after the previous cut-off, or 1 January.</summary>
    public DateOnly PeriodStart(DateOnly cutOff)
    {
        var previous = CutOffs(cutOff.Year).Where(c => c < cutOff).ToList();
        return previous.Count == 0 ? new DateOnly(cutOff.Year, 1, 1) : previous[^1].AddDays(1);
    }

    /// <summary>The day the report for <paramref name="cutOff"/> goes out: the configured business day after it.</summary>
    public DateOnly SendDate(DateOnly cutOff) => calendar.AddBusinessDays(cutOff, FollowUp.SendOnBusinessDay);

    /// <summary>The plan year's last follow-up deadline: the configured business day of January of the next year.</summary>
    public DateOnly Deadline(int year) => calendar.AddBusinessDays(new DateOnly(year, 12, 31), FollowUp.CloseOnBusinessDay);

    /// <summary>The first day the plan year is closed: the day after <see cref="Deadline"/>.</summary>
    public DateOnly ClosingDate(int year) => Deadline(year).AddDays(1);

    public bool IsClosed(int year, DateOnly day) => day >= ClosingDate(year);

    /// <summary>The latest cut-off strictly before <paramref name="today"/>, of this year or the last; null if none.</summary>
    public DateOnly? LatestCutOff(DateOnly today) =>
        CutOffs(today.Year - 1).Concat(CutOffs(today.Year)).Where(c => c < today).Select(c => (DateOnly?)c).LastOrDefault();

    /// <summary>
    /// The report of plan year <paramref name="year"/> due on <paramref name="runDate"/>, if any: a cut-off's report from its
    /// send date until the next one's (the last until the closing date), then the final report from the closing date
    /// until the first report of the next year. A run missed while the service was down is caught up within that window.
    /// </summary>
    public FollowUpEdition? DueOn(int year, DateOnly runDate)
    {
        var cutOffs = CutOffs(year);
        for (var i = cutOffs.Count - 1; i >= 0; i--)
        {
            var until = i + 1 < cutOffs.Count ? SendDate(cutOffs[i + 1]) : ClosingDate(year);
            if (SendDate(cutOffs[i]) <= runDate && runDate < until)
            {
                return new FollowUpEdition(year, cutOffs[i], PeriodStart(cutOffs[i]), IsFinal: false);
            }
        }

        var next = CutOffs(year + 1);
        var finalUntil = next.Count > 0 ? SendDate(next[0]) : ClosingDate(year + 1);
        return ClosingDate(year) <= runDate && runDate < finalUntil ? Final(year) : null;
    }

    /// <summary>The report as of a cut-off of its plan year.</summary>
    public FollowUpEdition AtCutOff(DateOnly cutOff) => new(cutOff.Year, cutOff, PeriodStart(cutOff), IsFinal: false);

    /// <summary>The final report: activities as they stand on the last follow-up deadline.</summary>
    public FollowUpEdition Final(int year)
    {
        var cutOffs = CutOffs(year);
        var start = cutOffs.Count == 0 ? new DateOnly(year, 1, 1) : PeriodStart(cutOffs[^1]);
        return new FollowUpEdition(year, Deadline(year), start, IsFinal: true);
    }
}
