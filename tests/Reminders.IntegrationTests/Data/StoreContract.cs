using Dapper;
using Microsoft.Extensions.Time.Testing;
using Reminders.Core.Plans;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;

namespace Reminders.IntegrationTests.Data;

/// <summary>The storage contract every provider must keep; one subclass per provider runs it for real.</summary>
public abstract partial class StoreContract
{
    private const string Entity = "Alcaldía de Prueba";

    protected abstract Task<DatabaseTarget> CreateAsync();

    [Fact]
    public async Task Migrations_create_the_schema_on_a_new_database_and_apply_nothing_twice()
    {
        using var db = await CreateAsync();
        var first = db.Migrate();
        var second = db.Migrate();

        string[] ours = ["0001_plans_and_offices.sql", "0002_outbox.sql", "0003_planning_runs.sql", "0004_activity_changes.sql"];
        // The server providers also get Quartz's tables for the clustered job store (0005, kept at that number so a
        // database that has it never runs it again); SQLite keeps Quartz in memory.
        string[] after = ["0006_activity_start_and_periods.sql", "0007_outbox_bodies.sql", "0008_intake.sql", "0009_send_permits.sql", "0010_outbox_body_compression.sql", "0011_notification_keys_by_activity.sql"];
        Assert.Equal(db.Options.Provider == DatabaseProvider.Sqlite ? [.. ours, .. after] : [.. ours, "0005_quartz_tables.sql", .. after], first);
        Assert.Empty(second);
        await using var connection = await db.Connections.OpenAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activities"));
    }

    [Fact]
    public async Task Import_stores_activities_and_creates_offices_once_across_spellings()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var plans = new PlanStore(db.Connections, new FakeTimeProvider());

        var report = await plans.ImportAsync(Entity, Plans.Of(
            Plans.Activity("1.1", "2022-01-31", "Secretaría de Planeación"),
            Plans.Activity("1.2", "2022-01-31", "SECRETARIA DE PLANEACION"),
            Plans.Activity("1.5", "2022-03-31", "Gobierno Digital", "Oficina  Comunicaciones")), "plan.tsv", dryRun: false, Ct);

        Assert.Equal(["III 1.1", "III 1.2", "III 1.5"], report.Added);
        Assert.Equal(["Secretaría de Planeación", "Gobierno Digital", "Oficina  Comunicaciones"], report.OfficesCreated);
        var rows = await new ActivityStore(db.Connections, new FakeTimeProvider()).ListAsync(new ActivityFilter(), null, new DateOnly(2022, 1, 1), Ct);
        Assert.Equal(["Gobierno Digital", "Oficina  Comunicaciones"], rows.Single(r => r.Number == "1.5").Offices);
        Assert.Equal(["Secretaría de Planeación"], rows.Single(r => r.Number == "1.2").Offices);
    }

    [Fact]
    public async Task Reimport_updates_in_place_keeps_state_and_reports_added_changed_removed_unchanged()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var time = new FakeTimeProvider();
        var plans = new PlanStore(db.Connections, time);
        var activities = new ActivityStore(db.Connections, time);
        await plans.ImportAsync(Entity, Plans.Of(
            Plans.Activity("1.1", "2022-01-31", "Planeación"),
            Plans.Activity("1.2", "2022-01-31", "Planeación"),
            Plans.Activity("1.3", "2022-01-31", "Planeación")), "plan.tsv", dryRun: false, Ct);
        await activities.SetStateAsync(new ActivityFilter(Number: "1.1"), ActivityState.Done, new DateOnly(2022, 1, 20), "https://x.gov.co/acta", Ct);
        await activities.AddProgressAsync(new ActivityFilter(Number: "1.2"), new DateOnly(2022, 1, 21), "avance", null, Ct);

        var report = await plans.ImportAsync(Entity, Plans.Of(
            Plans.Activity("1.1", "2022-01-31", "Planeación"),
            Plans.Activity("1.2", "2022-02-28", "Planeación"),
            Plans.Activity("1.4", "2022-01-31", "Planeación")), "plan.tsv", dryRun: false, Ct);

        Assert.Equal(["III 1.4"], report.Added);
        Assert.Equal(["III 1.2"], report.Changed);
        Assert.Equal(["III 1.3"], report.Removed);
        Assert.Equal(["III 1.1"], report.Unchanged);
        var stored = await activities.LoadAsync(new ActivityFilter(), Ct);
        Assert.Equal(["1.1", "1.2", "1.4"], stored.Select(a => a.Number.ToString()));
        var done = stored.Single(a => a.Number.ToString() == "1.1");
        Assert.Equal(ActivityState.Done, done.State);
        Assert.Equal("https://x.gov.co/acta", done.Evidence);
        var moved = stored.Single(a => a.Number.ToString() == "1.2");
        Assert.Equal(new DateOnly(2022, 2, 28), moved.Schedule.Due);
        Assert.Single(moved.Progress);
    }

    [Fact]
    public async Task A_dry_run_reports_the_changes_and_writes_nothing()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var plans = new PlanStore(db.Connections, new FakeTimeProvider());

        var report = await plans.ImportAsync(Entity, Plans.Of(Plans.Activity("1.1", "2022-01-31", "Planeación")), "plan.tsv", dryRun: true, Ct);

        Assert.Equal(["III 1.1"], report.Added);
        Assert.True(report.DryRun);
        await using var connection = await db.Connections.OpenAsync(Ct);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activities"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM offices"));
    }

    [Fact]
    public async Task An_office_alias_set_in_the_directory_matches_the_name_written_in_a_plan()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var offices = new OfficeStore(db.Connections);
        await offices.SetAsync(Entity, [new OfficeChange("Oficina de Comunicaciones", ["prensa@x.gov.co"], "jefe@x.gov.co", ["Oficina Comunicaciones"], "es")], Ct);

        var report = await new PlanStore(db.Connections, new FakeTimeProvider()).ImportAsync(
            Entity, Plans.Of(Plans.Activity("1.4", "2022-01-31", "oficina comunicaciones")), "plan.tsv", dryRun: false, Ct);

        Assert.Empty(report.OfficesCreated);
        var office = Assert.Single(await offices.ListAsync(Entity, Ct));
        Assert.Equal(["prensa@x.gov.co"], office.Emails);
        Assert.Equal("jefe@x.gov.co", office.HeadEmail);
    }

    [Fact]
    public async Task Listing_one_entity_gives_each_office_its_own_aliases_and_none_of_another_entity()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var offices = new OfficeStore(db.Connections);
        await offices.SetAsync(Entity, [
            new OfficeChange("Gobierno Digital", Aliases: ["TIC", "Sistemas"]),
            new OfficeChange("Comunicaciones", Aliases: ["Prensa"])], Ct);
        await offices.SetAsync("Gobernación de Prueba", [new OfficeChange("Gobierno Digital", Aliases: ["Tecnología"])], Ct);

        var listed = await offices.ListAsync("alcaldía de prueba", Ct);

        Assert.Equal(["Comunicaciones", "Gobierno Digital"], listed.Select(o => o.Name));
        Assert.Equal(["Prensa"], listed[0].Aliases);
        Assert.Equal(["Sistemas", "TIC"], listed[1].Aliases);
        var other = Assert.Single(await offices.ListAsync("Gobernación de Prueba", Ct));
        Assert.Equal(["Tecnología"], other.Aliases);
        Assert.Equal(3, (await offices.ListAsync(null, Ct)).Count);
    }

    [Fact]
    public async Task An_alias_that_belongs_to_another_office_is_refused_and_nothing_changes()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var offices = new OfficeStore(db.Connections);
        await offices.SetAsync(Entity, [new OfficeChange("Gobierno Digital", Aliases: ["TIC"])], Ct);

        var refused = await Assert.ThrowsAsync<AliasTakenException>(() => offices.SetAsync(Entity, [
            new OfficeChange("Sistemas", ["sistemas@x.gov.co"]),
            new OfficeChange("Comunicaciones", Aliases: ["TIC"])], Ct));

        Assert.Equal("TIC", refused.Alias);

        Assert.Equal(["Gobierno Digital"], (await offices.ListAsync(Entity, Ct)).Select(o => o.Name));
    }

    [Fact]
    public async Task Entity_role_addresses_are_kept_per_entity()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var entities = new EntityStore(db.Connections);

        await entities.SetRolesAsync("Alcaldía A", "plan@a.gov.co", null, Ct);
        await entities.SetRolesAsync("Alcaldía B", null, "ci@b.gov.co", Ct);
        await entities.SetRolesAsync("alcaldia a", null, "ci@a.gov.co", Ct);

        var all = await entities.ListAsync(Ct);
        Assert.Equal([("Alcaldía A", "plan@a.gov.co", "ci@a.gov.co"), ("Alcaldía B", (string?)null, "ci@b.gov.co")],
            all.Select(e => (e.Name, e.Coordinator, e.ControlInterno)).Select(t => (t.Name, t.Coordinator, t.ControlInterno!)));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
