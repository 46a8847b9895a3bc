using Reminders.Core.Plans;
using Reminders.Core.Reports;
using static Reminders.Core.Tests.Reports.SampleFollowUp;

namespace Reminders.Core.Tests.Reports;

/// <summary>
/// The sample's follow-up at each 2022 cut-off, counted by hand (see <see cref="SampleFollowUp"/>): 19 dated activities
/// minus 3.1 (cancelled) are programmed at every cut-off, since all fall due by 31 March.
/// </summary>
public class FollowUpBuilderTests
{
    private static readonly string[] OfficeOrder = ["Secretaría de Planeación", "Oficina Comunicaciones", "Gobierno Digital", "Control Interno"];
    private static readonly int[] DuePerOffice = [12, 4, 4, 1];

    [Theory]
    // cut-off, due, done, done late, overdue, ongoing with progress, without, % de avance
    [InlineData("2022-04-30", 18, 4, 2, 14, 1, 0, "22.2")] // 1.1, 2.3 on time; 1.4, 2.4 late
    [InlineData("2022-08-31", 18, 5, 3, 13, 0, 1, "27.8")] // + 3.6 late; no progress on 3.7 from May to August
    [InlineData("2022-12-31", 18, 6, 4, 12, 1, 0, "33.3")] // + 1.5 late; progress on 5 September
    public void The_sample_totals_at_each_2022_cut_off_are_the_hand_counted_ones(
        string cutOff, int due, int done, int late, int overdue, int withProgress, int without, string percent)
    {
        var report = At(cutOff);

        Assert.Equal(new FollowUpTotals(due, done, late, overdue, withProgress, without), report.Overall);
        Assert.Equal(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture), report.Overall.Percent);
        Assert.Equal(report.Overall, Assert.Single(report.Components).Totals);
    }

    [Theory]
    [InlineData("2022-04-30", "16.7", "25.0", "25.0", "0.0")]
    [InlineData("2022-08-31", "16.7", "25.0", "25.0", "100.0")]
    [InlineData("2022-12-31", "16.7", "50.0", "50.0", "100.0")]
    public void Each_office_counts_its_own_and_its_shared_activities(string cutOff, string planning, string communications, string digital, string control)
    {
        var offices = At(cutOff).Offices.ToDictionary(o => o.Name, o => o.Totals);

        // Planeación: 12 dated (3.1 cancelled); Comunicaciones: 1.4–1.7; Gobierno Digital: 1.5–1.7 and 2.3; Control Interno: 3.6.
        Assert.Equal(DuePerOffice, OfficeOrder.Select(o => offices[o].Due));
        Assert.Equal(
            new[] { planning, communications, digital, control }.Select(p => (decimal?)decimal.Parse(p, System.Globalization.CultureInfo.InvariantCulture)),
            OfficeOrder.Select(o => offices[o].Percent));
    }

    [Fact]
    public void Sub_components_are_totalled_apart()
    {
        var parts = Assert.Single(At("2022-12-31").Components).Parts;

        Assert.Equal(["1", "2", "3"], parts.Select(p => p.Number));
        Assert.Equal(new FollowUpTotals(7, 3, 2, 4, 0, 0), parts[0].Totals); // 1.1 on time, 1.4 and 1.5 late
        Assert.Equal(42.9m, parts[0].Totals.Percent);
        Assert.Equal(new FollowUpTotals(6, 2, 1, 4, 0, 0), parts[1].Totals); // 2.3 on time, 2.4 late
        Assert.Equal(33.3m, parts[1].Totals.Percent);
        Assert.Equal(new FollowUpTotals(5, 1, 1, 4, 1, 0), parts[2].Totals); // 3.6 late; 3.1 cancelled; 3.7 ongoing
        Assert.Equal(20.0m, parts[2].Totals.Percent);
    }

    [Fact]
    public void The_final_report_counts_what_was_done_by_the_closing_deadline()
    {
        var report = Final();

        Assert.True(report.Edition.IsFinal);
        Assert.Equal(D("2023-01-16"), report.CutOff);
        Assert.Equal(new FollowUpTotals(18, 7, 5, 11, 1, 0), report.Overall); // + 3.2, done on 10 January 2023
        Assert.Equal(38.9m, report.Overall.Percent);
        Assert.Equal(25.0m, report.Offices.Single(o => o.Name == "Secretaría de Planeación").Totals.Percent);
    }

    [Fact]
    public void Each_row_carries_its_state_completion_latest_progress_and_days_late()
    {
        var rows = At("2022-04-30").Rows.ToDictionary(r => r.Number.ToString());

        Assert.Equal(ActivityStanding.Done, rows["1.1"].Standing);
        Assert.Equal(D("2022-01-28"), rows["1.1"].CompletedOn);
        Assert.Equal(ActivityStanding.DoneLate, rows["1.4"].Standing);
        Assert.Equal(10, rows["1.4"].DaysLate);
        Assert.Equal(ActivityStanding.Overdue, rows["3.6"].Standing); // done only on 15 June
        Assert.Null(rows["3.6"].CompletedOn);
        Assert.Equal(30, rows["3.6"].DaysLate);
        Assert.Equal(ActivityStanding.Cancelled, rows["3.1"].Standing);
        Assert.Equal(ActivityStanding.OngoingWithProgress, rows["3.7"].Standing);
        Assert.Equal("Seguimiento de compromisos de enero", rows["3.7"].LatestProgress!.Note);
        Assert.Equal(["Gobierno Digital", "Oficina Comunicaciones"], rows["1.5"].Offices);
    }

    [Fact]
    public void An_activity_due_after_the_cut_off_is_not_programmed_yet_even_when_done_ahead()
    {
        var activities = Activities();
        var early = activities.FindIndex(a => a.Number.ToString() == "1.2");
        activities[early] = activities[early] with { Schedule = Schedule.On(D("2022-06-30")), State = ActivityState.Done, CompletedOn = D("2022-04-01") };
        var late = activities.FindIndex(a => a.Number.ToString() == "1.3");
        activities[late] = activities[late] with { Schedule = Schedule.On(D("2022-06-30")) };

        var report = FollowUpBuilder.Build(Entity, Dates.AtCutOff(D("2022-04-30")), activities, OfficeNamesById, ComponentNames);

        var rows = report.Rows.ToDictionary(r => r.Number.ToString());
        Assert.Equal(ActivityStanding.DoneAhead, rows["1.2"].Standing);
        Assert.Equal(ActivityStanding.NotYetDue, rows["1.3"].Standing);
        Assert.Equal(16, report.Overall.Due);
        Assert.Equal(25.0m, report.Overall.Percent); // 4 of 16
    }

    [Fact]
    public void Nothing_due_gives_no_percentage()
    {
        Assert.Null(FollowUpTotals.Zero.Percent);
        Assert.Equal(66.7m, new FollowUpTotals(3, 2, 0, 1, 0, 0).Percent);
        Assert.Equal(62.5m, new FollowUpTotals(8, 5, 0, 3, 0, 0).Percent);
    }
}
