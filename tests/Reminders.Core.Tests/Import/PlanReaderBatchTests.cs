using System.Text;
using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

/// <summary>
/// What the reader hands over while it reads (<see cref="PlanBatch"/>, docs/architecture.md, "Import"): whole
/// sub-components of at least 2,000 rows, in file order, with a provisional year; together, exactly the read's activities
/// when the read succeeds with that year.
/// </summary>
public class PlanReaderBatchTests
{
    [Fact]
    public void Batches_are_whole_sub_components_in_file_order_and_together_the_activities_read()
    {
        var (result, batches) = ReadInBatches(Plan(date: _ => "15/03/2022"));

        // Five sub-components of 1,000: one batch as the third starts (2,000 rows), one as the fifth starts, the rest at the end.
        Assert.Equal([2000, 2000, 1000], batches.Select(b => b.Activities.Count));
        Assert.All(batches, b => Assert.Equal(2022, b.Year));
        Assert.Equal(("I", 2, 1000), Last(batches[0]));
        Assert.Equal(("I", 4, 1000), Last(batches[1]));
        Assert.Equal(("I", 5, 1000), Last(batches[2]));
        Assert.Equal("Tema 3", batches[1].Activities[0].SubComponentName);
        Assert.True(result.Succeeded);
        Assert.Equal(result.Plan!.Activities, batches.SelectMany(b => b.Activities));
    }

    [Fact]
    public void A_file_whose_first_dates_name_another_year_than_most_hands_over_that_year_and_reads_the_other()
    {
        var (result, batches) = ReadInBatches(Plan(date: n => n <= 2000 ? "15/03/2021" : "15/03/2022"));

        Assert.All(batches, b => Assert.Equal(2021, b.Year));
        Assert.Equal(2022, result.Plan!.Year);
    }

    [Fact]
    public void The_year_given_is_the_batches_year()
    {
        var (result, batches) = ReadInBatches(Plan(date: n => n <= 2000 ? "15/03/2021" : "15/03/2022"), year: 2021);

        Assert.All(batches, b => Assert.Equal(2021, b.Year));
        Assert.Equal(2021, result.Plan!.Year);
    }

    [Fact]
    public void A_row_refused_after_some_batches_fails_the_read_and_is_in_no_batch()
    {
        var (result, batches) = ReadInBatches(Plan(date: n => n == 5000 ? "31/02/2022" : "15/03/2022"));

        Assert.Equal([2000, 2000], batches.Select(b => b.Activities.Count));
        Assert.False(result.Succeeded);
        Assert.Equal(("línea 5002", "31/02/2022"), (Assert.Single(result.Errors).Location, result.Errors[0].Value));
    }

    [Fact]
    public void A_consumer_that_declines_gets_no_more_batches_and_the_read_goes_on()
    {
        var batches = new List<PlanBatch>();
        var result = PlanReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Plan(date: _ => "15/03/2022"))), "paac.tsv", null, b =>
        {
            batches.Add(b);
            return false;
        });

        Assert.Single(batches);
        Assert.Equal(5000, result.Plan!.Activities.Count);
    }

    [Fact]
    public void Blank_rows_and_a_repeated_header_inside_the_table_are_in_no_batch_as_in_the_whole_read()
    {
        // The rows are read as they come (a table with a number column is not looked at whole first): the rows left out
        // are still the ones the whole read leaves out, wherever they fall against the batches.
        var lines = Plan(date: _ => "15/03/2022").Split('\n').ToList();
        lines.Insert(1500, "\t\t\t\t\t");
        lines.Insert(2600, PlanFiles.Header);
        lines.Insert(4003, "");

        var (result, batches) = ReadInBatches(string.Join("\n", lines));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(5000, result.Plan!.Activities.Count);
        Assert.Equal(result.Plan.Activities, batches.SelectMany(b => b.Activities));
        Assert.Equal([2000, 2000, 1000], batches.Select(b => b.Activities.Count));
    }

    [Theory]
    [InlineData("limpio")]
    [InlineData("permanentes")]
    [InlineData("inicio ilegible")]
    [InlineData("inicio tras la fecha")]
    [InlineData("otro año al principio")]
    [InlineData("fecha imposible al final")]
    public void A_read_that_hands_batches_over_returns_what_a_read_without_them_returns(string shape)
    {
        // The read with batches takes its activities from them when they hold every row with the plan's year and no note;
        // otherwise it reads every date again. Either way its result is the one a read without batches gives.
        var start = shape.StartsWith("inicio", StringComparison.Ordinal);
        var text = shape switch
        {
            "permanentes" => Plan(date: n => n % 7 == 0 ? "Permanente" : "15/03/2022"),
            "otro año al principio" => Plan(date: n => n <= 2000 ? "15/03/2021" : n % 10 == 0 ? "15 de marzo" : "15/03/2022"),
            "fecha imposible al final" => Plan(date: n => n == 5000 ? "31/02/2022" : "15/03/2022"),
            _ => Plan(date: _ => "15/03/2022", start: n => (shape, n) switch
            {
                ("inicio ilegible", 4500) => "pronto",
                ("inicio tras la fecha", 3000) => "20/03/2022",
                _ => "01/02/2022",
            }),
        };

        var (withBatches, batches) = ReadInBatches(text);
        var whole = PlanReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "paac.tsv");

        Assert.NotEmpty(batches);
        Assert.Equal(Everything(whole), Everything(withBatches));
        Assert.Equal(start ? 1 : 0, (whole.Plan?.Notes ?? []).Count(n => n.Contains("inicio", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>Every field of every activity, the notes, the columns read and the errors.</summary>
    private static List<string> Everything(PlanReadResult result) =>
    [
        .. result.Plan?.Activities.Select(a =>
            $"{a.Component}|{a.ComponentName}|{a.SubComponent}|{a.SubComponentName}|{a.Number}|{a.Text}|{a.Product}|{string.Join(" + ", a.Offices)}"
            + $"|{a.Schedule}|{a.Start}|{string.Join(",", a.Periods ?? [])}|{a.NumberGenerated}|{a.Source}") ?? [],
        .. result.Plan?.Notes ?? [],
        .. (result.Plan?.Columns ?? []).Select(c => c.ToString()),
        $"año {result.Plan?.Year}",
        .. result.Errors.Select(e => $"{e.Location}: {e.Value}: {e.Message}"),
    ];

    /// <summary>Component I, five sub-components of 1,000 activities; the date of activity n (from 1) as given.</summary>
    private static string Plan(Func<int, string> date, Func<int, string>? start = null)
    {
        var rows = new List<string>();
        for (var s = 1; s <= 5; s++)
        {
            for (var i = 1; i <= 1000; i++)
            {
                var n = ((s - 1) * 1000) + i;
                rows.Add($"{(i == 1 ? $"Subcomponente {s}: Tema {s}" : "")}\t{s}.{i}\tActividad {n}\tInforme\tOficina A\t{date(n)}"
                    + (start is null ? "" : $"\t{start(n)}"));
            }
        }

        var header = start is null ? PlanFiles.Header : PlanFiles.Header + "\tFecha de inicio";
        return string.Join("\n", ["Componente I: Gestión del Riesgo", header, .. rows]) + "\n";
    }

    private static (PlanReadResult Result, List<PlanBatch> Batches) ReadInBatches(string text, int? year = null)
    {
        var batches = new List<PlanBatch>();
        var result = PlanReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "paac.tsv", new PlanReaderOptions(year), b =>
        {
            batches.Add(b);
            return true;
        });
        return (result, batches);
    }

    private static (string Component, int SubComponent, int Item) Last(PlanBatch batch) =>
        (batch.Activities[^1].Component, batch.Activities[^1].SubComponent, batch.Activities[^1].Number.Item);
}
