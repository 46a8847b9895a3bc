using Microsoft.Extensions.Time.Testing;
using Reminders.Core.Plans;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;

namespace Reminders.IntegrationTests.Data;

/// <summary>Re-importing a table without numbers: activities are known by their text, and the plan's start dates and periods are kept.</summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task Reimport_of_a_table_without_numbers_keeps_state_and_progress_with_the_same_text_when_an_activity_is_inserted()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var time = new FakeTimeProvider();
        var plans = new PlanStore(db.Connections, time);
        var activities = new ActivityStore(db.Connections, time);
        await plans.ImportAsync(Entity, Plans.Of(
            Plans.Unnumbered("1.1", "Conformar el equipo", "2022-02-28"),
            Plans.Unnumbered("1.2", "Divulgar los logros", "2022-12-15"),
            Plans.Unnumbered("1.3", "Publicar el informe", "2022-12-15")), "plan.tsv", dryRun: false, Ct);
        await activities.SetStateAsync(new ActivityFilter(Number: "1.2"), ActivityState.Done, new DateOnly(2022, 3, 1), "https://x.gov.co/logros", Ct);
        await activities.AddProgressAsync(new ActivityFilter(Number: "1.3"), new DateOnly(2022, 3, 2), "borrador", null, Ct);

        var report = await plans.ImportAsync(Entity, Plans.Of(
            Plans.Unnumbered("1.1", "Conformar el equipo", "2022-02-28"),
            Plans.Unnumbered("1.2", "Definir el cronograma", "2022-04-30"),
            Plans.Unnumbered("1.3", "Divulgar los  logros.", "2022-12-15"),
            Plans.Unnumbered("1.4", "Publicar el informe", "2022-12-15")), "plan.tsv", dryRun: false, Ct);

        Assert.Equal(["III 1.2"], report.Added);
        Assert.Equal(["III 1.3"], report.Changed); // the text's punctuation and spacing changed, not its identity
        Assert.Empty(report.Removed);
        Assert.Equal(["III 1.1", "III 1.4"], report.Unchanged);
        Assert.Equal(["III 1.2 → 1.3", "III 1.3 → 1.4"], report.Renumbered);
        var stored = (await activities.LoadAsync(new ActivityFilter(), Ct)).ToDictionary(a => a.Number.ToString());
        Assert.Equal(["1.1", "1.2", "1.3", "1.4"], stored.Keys.Order());
        Assert.Equal((ActivityState.Done, "https://x.gov.co/logros", "Divulgar los  logros."), (stored["1.3"].State, stored["1.3"].Evidence, stored["1.3"].Text));
        Assert.Equal("borrador", Assert.Single(stored["1.4"].Progress).Note);
        Assert.Equal((ActivityState.Open, 0), (stored["1.2"].State, stored["1.2"].Progress.Count));
    }

    [Fact]
    public async Task Reimport_of_a_table_without_numbers_removes_the_text_that_is_gone_and_follows_a_reordered_one()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var time = new FakeTimeProvider();
        var plans = new PlanStore(db.Connections, time);
        var activities = new ActivityStore(db.Connections, time);
        await plans.ImportAsync(Entity, Plans.Of(
            Plans.Unnumbered("1.1", "Conformar el equipo", "2022-02-28"),
            Plans.Unnumbered("1.2", "Divulgar los logros", "2022-12-15"),
            Plans.Unnumbered("1.3", "Publicar el informe", "2022-06-30")), "plan.tsv", dryRun: false, Ct);
        await activities.SetStateAsync(new ActivityFilter(Number: "1.3"), ActivityState.Done, new DateOnly(2022, 3, 1), null, Ct);

        var report = await plans.ImportAsync(Entity, Plans.Of(
            Plans.Unnumbered("1.1", "Publicar el informe", "2022-06-30"),
            Plans.Unnumbered("1.2", "Conformar el equipo", "2022-02-28")), "plan.tsv", dryRun: false, Ct);

        Assert.Equal((0, 0), (report.Added.Count, report.Changed.Count));
        Assert.Equal(["III 1.2"], report.Removed);
        Assert.Equal(["III 1.1", "III 1.2"], report.Unchanged);
        Assert.Equal(["III 1.3 → 1.1", "III 1.1 → 1.2"], report.Renumbered);
        var stored = await activities.LoadAsync(new ActivityFilter(), Ct);
        Assert.Equal(
            [("1.1", "Publicar el informe", ActivityState.Done), ("1.2", "Conformar el equipo", ActivityState.Open)],
            stored.OrderBy(a => a.Number.Item).Select(a => (a.Number.ToString(), a.Text, a.State)));

        var back = await plans.ImportAsync(Entity, Plans.Of(
            Plans.Unnumbered("1.1", "Divulgar los logros", "2022-12-15"),
            Plans.Unnumbered("1.2", "Publicar el informe", "2022-06-30"),
            Plans.Unnumbered("1.3", "Conformar el equipo", "2022-02-28")), "plan.tsv", dryRun: false, Ct);

        Assert.Equal(["III 1.1"], back.Changed); // the removed activity comes back with its own row
        Assert.Empty(back.Added);
        stored = await activities.LoadAsync(new ActivityFilter(), Ct);
        Assert.Equal(ActivityState.Done, stored.Single(a => a.Text == "Publicar el informe").State);
        Assert.Equal(3, stored.Select(a => a.Id).Distinct().Count());
    }

    [Fact]
    public async Task Reimport_of_a_table_without_numbers_pairs_the_same_text_twice_in_order()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var time = new FakeTimeProvider();
        var plans = new PlanStore(db.Connections, time);
        var activities = new ActivityStore(db.Connections, time);
        await plans.ImportAsync(Entity, Plans.Of(
            Plans.Unnumbered("1.1", "Realizar la audiencia", "2022-12-30"),
            Plans.Unnumbered("1.2", "Realizar la audiencia", "2022-12-15")), "plan.tsv", dryRun: false, Ct);
        await activities.SetStateAsync(new ActivityFilter(Number: "1.2"), ActivityState.Done, new DateOnly(2022, 3, 1), null, Ct);

        var report = await plans.ImportAsync(Entity, Plans.Of(
            Plans.Unnumbered("1.1", "Conformar el equipo", "2022-02-28"),
            Plans.Unnumbered("1.2", "Realizar la audiencia", "2022-12-30"),
            Plans.Unnumbered("1.3", "Realizar la audiencia", "2022-12-15")), "plan.tsv", dryRun: false, Ct);

        Assert.Equal(["III 1.1"], report.Added);
        Assert.Equal(["III 1.2", "III 1.3"], report.Unchanged);
        var done = Assert.Single(await activities.LoadAsync(new ActivityFilter(), Ct), a => a.State == ActivityState.Done);
        Assert.Equal(("1.3", new DateOnly(2022, 12, 15)), (done.Number.ToString(), done.Schedule.Due));
    }

    [Fact]
    public async Task Import_keeps_the_start_date_and_the_periods_and_a_change_to_either_is_a_change()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var time = new FakeTimeProvider();
        var plans = new PlanStore(db.Connections, time);
        var first = Plans.Activity("1.1", "2022-04-30", "SIAU") with { Start = new DateOnly(2022, 2, 1), Periods = [1, 3] };
        var noMarks = Plans.Activity("1.2", "2022-04-30", "SIAU") with { Periods = [] };
        await plans.ImportAsync(Entity, Plans.Of(first, noMarks, Plans.Activity("1.3", "2022-04-30", "SIAU")), "plan.tsv", dryRun: false, Ct);

        var rows = await new ActivityStore(db.Connections, time).ListAsync(new ActivityFilter(), null, new DateOnly(2022, 1, 1), Ct);
        Assert.Equal(
            [("1.1", "2022-02-01", "1,3"), ("1.2", null, ""), ("1.3", null, null)],
            rows.Select(r => (r.Number, r.Start, r.Periods is null ? null : string.Join(',', r.Periods))));

        var same = await plans.ImportAsync(Entity, Plans.Of(first, noMarks, Plans.Activity("1.3", "2022-04-30", "SIAU")), "plan.tsv", dryRun: false, Ct);
        var moved = await plans.ImportAsync(Entity, Plans.Of(
            first with { Start = new DateOnly(2022, 3, 1) }, noMarks with { Periods = [2] }, Plans.Activity("1.3", "2022-04-30", "SIAU")), "plan.tsv", dryRun: false, Ct);

        Assert.Equal(3, same.Unchanged.Count);
        Assert.Equal(["III 1.1", "III 1.2"], moved.Changed);
    }
}
