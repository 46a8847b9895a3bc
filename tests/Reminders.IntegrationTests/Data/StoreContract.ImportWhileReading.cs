using System.Text;
using Dapper;
using Microsoft.Extensions.Time.Testing;
using Reminders.Core.Import;
using Reminders.Core.Plans;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;

namespace Reminders.IntegrationTests.Data;

/// <summary>
/// An import stored while its file is read (<see cref="PlanStore.ImportWhileReadingAsync"/>; batches of at least 2,000
/// rows) ends as one read first and stored after: whole or refused, the same rows and ids, re-imports in place.
/// </summary>
public abstract partial class StoreContract
{
    [Fact]
    public async Task A_file_refused_on_its_last_row_after_batches_were_stored_leaves_the_database_as_it_was()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var plans = new PlanStore(db.Connections, new FakeTimeProvider());
        await ImportWhileReadingAsync(plans, LargePlan(date: _ => "15/03/2021"));
        await new ActivityStore(db.Connections, new FakeTimeProvider()).SetStateAsync(
            new ActivityFilter(Number: "1.5"), ActivityState.Done, new DateOnly(2021, 1, 20), "acta", Ct);
        var before = await DumpAsync(db);

        // The 2022 plan is new: its first 4,000 rows (and an office C) are written in two batches before the last row is read.
        var (read, report) = await ImportWhileReadingAsync(plans, LargePlan(date: n => n == 5000 ? "31/02/2022" : "16/03/2022", extraOffice: true));

        Assert.Null(report);
        Assert.Equal(("línea 5002", "31/02/2022"), (Assert.Single(read.Errors).Location, read.Errors[0].Value));
        Assert.Equal(before, await DumpAsync(db));
    }

    [Fact]
    public async Task A_plan_stored_while_it_is_read_is_stored_as_when_it_is_read_first()
    {
        using var streamed = await CreateAsync();
        using var whole = await CreateAsync();
        streamed.Migrate();
        whole.Migrate();
        var text = LargePlan(date: n => n % 10 == 0 ? "Permanente" : $"{(n % 28) + 1:00}/{(n % 12) + 1:00}/2022");

        var (_, report) = await ImportWhileReadingAsync(new PlanStore(streamed.Connections, new FakeTimeProvider()), text);
        var read = PlanReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "plan.tsv");
        var expected = await new PlanStore(whole.Connections, new FakeTimeProvider()).ImportAsync(Entity, read.Plan!, "plan.tsv", dryRun: false, Ct);

        Assert.Equal(5000, report!.Added.Count);
        Assert.Equal(("I 1.1", "I 5.1000"), (report.Added[0], report.Added[^1]));
        Assert.Equal(["Oficina A", "Oficina B"], report.OfficesCreated);
        Assert.Equal(expected.Added, report.Added);
        Assert.Equal(await DumpAsync(whole), await DumpAsync(streamed));
    }

    [Fact]
    public async Task A_reimport_while_reading_across_batches_updates_in_place_removes_adds_and_keeps_ids_and_state()
    {
        using var db = await CreateAsync();
        db.Migrate();
        var plans = new PlanStore(db.Connections, new FakeTimeProvider());
        await ImportWhileReadingAsync(plans, LargePlan(date: _ => "15/03/2022"));
        await new ActivityStore(db.Connections, new FakeTimeProvider()).SetStateAsync(
            new ActivityFilter(Number: "3.7"), ActivityState.Done, new DateOnly(2022, 1, 20), "acta", Ct);
        var ids = await IdsAsync(db);

        // Activity 2,500 (3.500) gets a later date, 4,000 (4.1000) is gone, a new sub-component 6 comes last in a new component II.
        var (_, report) = await ImportWhileReadingAsync(
            plans, LargePlan(date: n => n == 2500 ? "30/12/2022" : "15/03/2022", skip: 4000, newComponent: true));

        Assert.Equal((1, 1, 1, 4998), (report!.Added.Count, report.Changed.Count, report.Removed.Count, report.Unchanged.Count));
        Assert.Equal(["II 6.1"], report.Added);
        Assert.Equal(["I 3.500"], report.Changed);
        Assert.Equal(["I 4.1000"], report.Removed);
        var after = await IdsAsync(db);
        Assert.All(ids, id => Assert.Equal(id.Value, after[id.Key]));
        await using var connection = await db.Connections.OpenAsync(Ct);
        Assert.Equal("done", await connection.ExecuteScalarAsync<string>(
            "SELECT state FROM activities WHERE sub_number = 3 AND item_number = 7"));
        Assert.Equal("2022-12-30", await connection.ExecuteScalarAsync<string>(
            "SELECT due_date FROM activities WHERE sub_number = 3 AND item_number = 500"));
        Assert.NotNull(await connection.ExecuteScalarAsync<string>(
            "SELECT removed_at FROM activities WHERE sub_number = 4 AND item_number = 1000"));
    }

    [Fact]
    public async Task A_file_whose_first_dates_name_another_year_is_stored_under_the_year_most_of_them_name()
    {
        using var db = await CreateAsync();
        db.Migrate();

        var (read, report) = await ImportWhileReadingAsync(
            new PlanStore(db.Connections, new FakeTimeProvider()), LargePlan(date: n => n <= 2000 ? "15/03/2021" : "15/03/2022"));

        Assert.Equal((2022, 5000), (read.Plan!.Year, report!.Added.Count));
        await using var connection = await db.Connections.OpenAsync(Ct);
        Assert.Equal([2022], await connection.QueryAsync<int>("SELECT year FROM plans"));
        Assert.Equal(5000, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM activities"));
    }

    private static Task<(PlanReadResult Read, ImportReport? Report)> ImportWhileReadingAsync(PlanStore plans, string text) =>
        plans.ImportWhileReadingAsync(
            early => PlanReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "plan.tsv", null, early),
            () => Task.FromResult(Entity), "plan.tsv", dryRun: false, Ct);

    /// <summary>
    /// Component I: five sub-components of 1,000 activities (activity n numbered s.i), offices A, or A and B every third;
    /// the date of activity n as given. <paramref name="skip"/> leaves activity n out; <paramref name="newComponent"/>
    /// adds a component II with one activity 6.1; <paramref name="extraOffice"/> names an office C on activity 1.
    /// </summary>
    private static string LargePlan(Func<int, string> date, int skip = 0, bool newComponent = false, bool extraOffice = false)
    {
        const string header = "Sub-Componente\tActividades\t\tMeta o Producto\tResponsable\tFecha Programada";
        var lines = new List<string> { "Componente I: Gestión del Riesgo de Corrupción", header };
        for (var n = 1; n <= 5000; n++)
        {
            var (s, i) = (((n - 1) / 1000) + 1, ((n - 1) % 1000) + 1);
            var offices = extraOffice && n == 1 ? "Oficina C" : n % 3 == 0 ? "Oficina A - Oficina B" : "Oficina A";
            if (n != skip)
            {
                lines.Add($"{(i == 1 ? $"Subcomponente {s}: Tema {s}" : "")}\t{s}.{i}\tActividad {n}\tProducto {n}\t{offices}\t{date(n)}");
            }
        }

        if (newComponent)
        {
            lines.AddRange(["Componente II: Racionalización de Trámites", header, "Subcomponente 6: Trámites\t6.1\tActividad nueva\tProducto\tOficina A\t15/03/2022"]);
        }

        return string.Join("\n", lines) + "\n";
    }

    /// <summary>Every stored row of the plan's tables but the import times, in a fixed order.</summary>
    private static async Task<List<string>> DumpAsync(DatabaseTarget db)
    {
        await using var connection = await db.Connections.OpenAsync(Ct);
        string[] queries =
        [
            "SELECT id, entity_id, year, source FROM plans ORDER BY id",
            "SELECT id, plan_id, number, name FROM components ORDER BY id",
            "SELECT id, component_id, number, name FROM subcomponents ORDER BY id",
            "SELECT id, name FROM offices ORDER BY id",
            """
            SELECT id, component_id, subcomponent_id, sub_number, item_number, text, product, due_date, cadence, state,
                   completed_on, evidence, removed_at, start_date, periods
            FROM activities ORDER BY id
            """,
            "SELECT activity_id, office_id, position FROM activity_offices ORDER BY activity_id, position",
        ];
        var dump = new List<string>();
        foreach (var query in queries)
        {
            dump.AddRange((await connection.QueryAsync(query)).Select(row => string.Join('|', ((IDictionary<string, object?>)row).Values)));
        }

        return dump;
    }

    private static async Task<Dictionary<(int, int), long>> IdsAsync(DatabaseTarget db)
    {
        await using var connection = await db.Connections.OpenAsync(Ct);
        return (await connection.QueryAsync<(long Id, int Sub, int Item)>("SELECT id, sub_number, item_number FROM activities"))
            .ToDictionary(r => (r.Sub, r.Item), r => r.Id);
    }
}
