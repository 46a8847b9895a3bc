using System.Globalization;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using Reminders.Core.Import;
using Reminders.Core.Plans;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;

namespace Reminders.IntegrationTests.Data;

/// <summary>
/// A plan larger than the importer's batches (multi-row INSERTs of 11 or 100 activities, of 33 or 300 office links) is
/// stored exactly as one statement per row would store it: every column, every link in its order, every id kept on
/// re-import.
/// </summary>
public abstract partial class StoreContract
{
    private const int BatchPlanSize = 250;

    [Fact]
    public async Task A_plan_larger_than_a_batch_is_stored_row_for_row_with_every_column_and_office_in_order()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var plans = new PlanStore(db.Connections, new FakeTimeProvider());

        var report = await plans.ImportAsync(Entity, new ImportedPlan(2022, [.. Enumerable.Range(1, BatchPlanSize).Select(n => BatchActivity(n))]), "plan.tsv", dryRun: false, Ct);

        Assert.Equal(BatchPlanSize, report.Added.Count);
        Assert.Equal("III 3.50", report.Added[^1]);
        Assert.Equal(["Oficina B", "Oficina C", "Oficina A"], report.OfficesCreated);
        var stored = await StoredAsync(db);
        Assert.Equal(BatchPlanSize, stored.Count);
        Assert.Equal(["1.1", "1.2", "1.3"], stored.Take(3).Select(r => r.Number));
        Assert.Equal(
            ("1.3", "Actividad 3: «comillas», 'apóstrofo' y ; -- @Now", "Producto 3", "2022-01-04", null, null, null, "Oficina A,Oficina B,Oficina C", "open", null),
            stored[2].Columns);
        Assert.Equal(
            ("1.7", "Actividad 7: «comillas», 'apóstrofo' y ; -- @Now", "Producto 7", "2022-01-08", null, "2022-01-01", null, "Oficina B", "open", null),
            stored[6].Columns);
        Assert.Equal(
            ("1.10", "Actividad 10: «comillas», 'apóstrofo' y ; -- @Now", "Producto 10", null, "monthly", null, null, "Oficina B", "open", null),
            stored[9].Columns);
        Assert.Equal(
            ("1.11", "Actividad 11: «comillas», 'apóstrofo' y ; -- @Now", "Producto 11", "2022-01-12", null, null, "1,3", "Oficina C,Oficina A", "open", null),
            stored[10].Columns);
        Assert.Equal(
            ("3.50", "Actividad 250: «comillas», 'apóstrofo' y ; -- @Now", "Producto 250", null, "monthly", null, null, "Oficina B", "open", null),
            stored[^1].Columns);
        Assert.Equal(84, stored.Count(r => r.Offices == "Oficina B"));
        Assert.Equal(83, stored.Count(r => r.Offices == "Oficina A,Oficina B,Oficina C"));
        Assert.Equal(83, stored.Count(r => r.Offices == "Oficina C,Oficina A"));
    }

    [Fact]
    public async Task A_reimport_across_batches_updates_in_place_removes_adds_and_keeps_ids_and_state()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var time = new FakeTimeProvider();
        var plans = new PlanStore(db.Connections, time);
        await plans.ImportAsync(Entity, new ImportedPlan(2022, [.. Enumerable.Range(1, BatchPlanSize).Select(n => BatchActivity(n))]), "plan.tsv", dryRun: false, Ct);
        await new ActivityStore(db.Connections, time).SetStateAsync(new ActivityFilter(Number: "1.5"), ActivityState.Done, new DateOnly(2022, 1, 20), "https://x.gov.co/acta", Ct);
        var before = (await StoredAsync(db)).ToDictionary(r => r.Number, r => r.Id);

        // Every fifth of the first 240 changes (a later date, its offices reversed), the last ten go, twenty are new.
        var report = await plans.ImportAsync(Entity, new ImportedPlan(2022, [.. Enumerable.Range(1, 270).Where(n => n <= 240 || n > BatchPlanSize)
            .Select(n => n % 5 == 0 ? BatchActivity(n) with { Schedule = Schedule.On(new DateOnly(2022, 12, 31)), Offices = [.. BatchActivity(n).Offices.Reverse()] } : BatchActivity(n))]),
            "plan.tsv", dryRun: false, Ct);

        Assert.Equal((20, 48, 10, 192), (report.Added.Count, report.Changed.Count, report.Removed.Count, report.Unchanged.Count));
        Assert.Equal([.. Enumerable.Range(41, 10).Select(i => $"III 3.{i}")], report.Removed.Order());
        Assert.Equal("III 3.70", report.Added[^1]);
        var stored = (await StoredAsync(db)).ToDictionary(r => r.Number);
        Assert.Equal(270, stored.Count);
        Assert.All(before, b => Assert.Equal(b.Value, stored[b.Key].Id));
        Assert.Equal(("open", "2022-12-31", "Oficina C,Oficina B,Oficina A"), (stored["1.15"].State, stored["1.15"].Due, stored["1.15"].Offices));
        Assert.Equal(("done", "2022-12-31", "Oficina A,Oficina C"), (stored["1.5"].State, stored["1.5"].Due, stored["1.5"].Offices));
        Assert.Equal(("2022-01-02", "Oficina B"), (stored["1.1"].Due, stored["1.1"].Offices));
        Assert.NotNull(stored["3.41"].RemovedAt);
        Assert.Equal("Oficina A,Oficina B,Oficina C", stored["3.43"].Offices); // a removed activity keeps its links
        Assert.Null(stored["3.51"].RemovedAt);
        Assert.Equal(("2022-09-27", "Oficina C,Oficina A"), (stored["3.69"].Due, stored["3.69"].Offices));
        Assert.Equal((null, "2022-12-31", "Oficina C,Oficina B,Oficina A"), (stored["3.70"].Cadence, stored["3.70"].Due, stored["3.70"].Offices));
    }

    /// <summary>
    /// Activity n of a 250-row plan: sub-components of 100; every tenth ongoing (monthly), the others due on day n of
    /// 2022; every seventh with a start date, every eleventh with periods 1 and 3; offices B, then A B C, then C A in turn;
    /// a text with quotes, a semicolon, a comment mark and a parameter name.
    /// </summary>
    private static ImportedActivity BatchActivity(int n)
    {
        var number = new ActivityNumber(((n - 1) / 100) + 1, ((n - 1) % 100) + 1);
        string[] offices = (n % 3) switch { 1 => ["Oficina B"], 0 => ["Oficina A", "Oficina B", "Oficina C"], _ => ["Oficina C", "Oficina A"] };
        return new ImportedActivity(
            "III", "Rendición de Cuentas", number.SubComponent, $"Subcomponente {number.SubComponent}", number,
            $"Actividad {n}: «comillas», 'apóstrofo' y ; -- @Now", $"Producto {n}", offices,
            n % 10 == 0 ? Schedule.Ongoing(Cadence.Monthly) : Schedule.On(new DateOnly(2022, 1, 1).AddDays(n)),
            $"plan.tsv, línea {n + 2}")
        {
            Start = n % 7 == 0 ? new DateOnly(2022, 1, 1) : null,
            Periods = n % 11 == 0 ? [1, 3] : null,
        };
    }

    private static async Task<List<StoredBatchRow>> StoredAsync(DatabaseTarget db)
    {
        await using var connection = await db.Connections.OpenAsync(Ct);
        var rows = (await connection.QueryAsync<StoredBatchRow>(
            """
            SELECT a.id AS Id, a.sub_number AS Sub, a.item_number AS Item, a.text AS Text, a.product AS Product, a.due_date AS Due,
                   a.cadence AS Cadence, a.start_date AS Start, a.periods AS Periods, a.state AS State, a.removed_at AS RemovedAt
            FROM activities a ORDER BY a.sub_number, a.item_number
            """)).ToList();
        var links = (await connection.QueryAsync<(long ActivityId, string Name)>(
            "SELECT ao.activity_id, o.name FROM activity_offices ao JOIN offices o ON o.id = ao.office_id ORDER BY ao.activity_id, ao.position"))
            .ToLookup(l => l.ActivityId, l => l.Name);
        foreach (var row in rows)
        {
            row.Offices = string.Join(',', links[row.Id]);
        }

        return rows;
    }

    private sealed class StoredBatchRow
    {
        public long Id { get; set; }
        public int Sub { get; set; }
        public int Item { get; set; }
        public string Text { get; set; } = "";
        public string Product { get; set; } = "";
        public string? Due { get; set; }
        public string? Cadence { get; set; }
        public string? Start { get; set; }
        public string? Periods { get; set; }
        public string State { get; set; } = "";
        public string? RemovedAt { get; set; }
        public string Offices { get; set; } = "";

        public string Number => string.Create(CultureInfo.InvariantCulture, $"{Sub}.{Item}");

        public (string, string, string, string?, string?, string?, string?, string, string, string?) Columns =>
            (Number, Text, Product, Due, Cadence, Start, Periods, Offices, State, RemovedAt);
    }
}
