using System.Text;
using Reminders.Core.Plans;

namespace Reminders.Core.Tests.Import;

public class PlanReaderSampleTests
{
    private static readonly string[] SampleNumbers =
    [
        "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
        "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
        "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7",
    ];

    [Fact]
    public void Import_reads_the_sample_into_its_twenty_activities()
    {
        var result = PlanFiles.Read(PlanFiles.SampleBytes, PlanFiles.SampleName);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var plan = result.Plan!;
        Assert.Equal(2022, plan.Year);
        Assert.Equal(SampleNumbers, plan.Activities.Select(a => a.Number.ToString()));
        Assert.All(plan.Activities, a => Assert.Equal("III", a.Component));
        Assert.All(plan.Activities, a => Assert.Equal("Rendición de Cuentas", a.ComponentName));
        Assert.Equal([1, 2, 3], plan.Activities.Select(a => a.SubComponent).Distinct());
        Assert.All(plan.Activities, a => Assert.Equal(a.Number.SubComponent, a.SubComponent));
    }

    [Fact]
    public void Import_reads_the_sample_sub_component_names_joining_a_split_merged_cell()
    {
        var plan = PlanFiles.Read(PlanFiles.SampleBytes, PlanFiles.SampleName).Plan!;

        var names = plan.Activities.GroupBy(a => a.SubComponent).ToDictionary(g => g.Key, g => g.Select(a => a.SubComponentName).Distinct().Single());
        Assert.Equal("INFORMACIÓN (Informar avances y resultados de la gestión con calidad y en lenguaje comprensible).", names[1]);
        Assert.Equal("DIÁLOGO (Desarrollar escenarios de diálogo de doble vía con la ciudadanía y sus organizaciones).", names[2]);
        Assert.Equal(
            "RESPONSABILIDAD (Responder a compromisos propuestos, evaluación y retroalimentación en los ejercicios de rendición de "
            + "cuentas con acciones correctivas para mejora).",
            names[3]);
    }

    [Fact]
    public void Import_reads_the_sample_offices_dates_and_ongoing_duty()
    {
        var plan = PlanFiles.Read(PlanFiles.SampleBytes, PlanFiles.SampleName).Plan!;
        var byNumber = plan.Activities.ToDictionary(a => a.Number.ToString());

        Assert.Equal(
            ["Control Interno", "Gobierno Digital", "Oficina Comunicaciones", "Secretaría de Planeación"],
            plan.Activities.SelectMany(a => a.Offices).Distinct().Order(StringComparer.Ordinal));
        foreach (var shared in new[] { "1.5", "1.6", "1.7" })
        {
            Assert.Equal(["Gobierno Digital", "Oficina Comunicaciones"], byNumber[shared].Offices);
        }

        Assert.All(plan.Activities.Where(a => a.Number.SubComponent != 1), a => Assert.Single(a.Offices));
        Assert.Equal(Schedule.Ongoing(), byNumber["3.7"].Schedule);
        Assert.Single(plan.Activities, a => a.Schedule.IsOngoing);
        Assert.Equal(
            [new DateOnly(2022, 1, 31), new DateOnly(2022, 2, 25), new DateOnly(2022, 3, 31)],
            plan.Activities.Select(a => a.Schedule.Due).OfType<DateOnly>().Distinct().Order());
        Assert.Equal(new DateOnly(2022, 2, 25), byNumber["2.3"].Schedule.Due);
    }

    [Fact]
    public void Import_keeps_the_sample_text_and_product_unsplit_and_says_where_each_row_came_from()
    {
        var plan = PlanFiles.Read(PlanFiles.SampleBytes, PlanFiles.SampleName).Plan!;
        var byNumber = plan.Activities.ToDictionary(a => a.Number.ToString());

        Assert.Equal("Caracterizar los grupos de valor.", byNumber["1.1"].Text);
        Assert.Equal("Pauta Radial - Link Publicación Fan Page Facebook", byNumber["1.5"].Product);
        Assert.Equal("Informe autodiagnóstico PAAC", byNumber["3.7"].Product);
        Assert.Equal($"{PlanFiles.SampleName}, línea 5", byNumber["1.1"].Source);
        Assert.Equal($"{PlanFiles.SampleName}, línea 21", byNumber["3.3"].Source);
        Assert.Equal($"{PlanFiles.SampleName}, línea 25", byNumber["3.7"].Source);
    }

    [Fact]
    public void Import_reads_a_windows_1252_semicolon_copy_of_the_sample_identically()
    {
        var semicolon = PlanFiles.Delimited(PlanFiles.SampleRows, ';', "\r\n");
        var bytes = TextDecoderTests.Windows1252.GetBytes(semicolon);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var result = PlanFiles.Read(bytes, "paac.csv");

        Assert.Equal(Expected(), PlanFiles.Describe(result));
        Assert.Equal("paac.csv, línea 21", result.Plan!.Activities.Single(a => a.Number.ToString() == "3.3").Source);
    }

    [Fact]
    public void Import_reads_a_utf8_copy_of_the_sample_with_a_byte_order_mark_identically()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(PlanFiles.SampleBytes).ToArray();

        Assert.Equal(Expected(), PlanFiles.Describe(PlanFiles.Read(bytes)));
    }

    [Fact]
    public void Import_reads_a_comma_separated_copy_of_the_sample_with_quoted_fields_identically()
    {
        var csv = PlanFiles.Delimited(PlanFiles.SampleRows, ',');
        Assert.Contains("\"Priorizar los temas", csv, StringComparison.Ordinal);

        Assert.Equal(Expected(), PlanFiles.Describe(PlanFiles.Read(csv, "paac.csv")));
    }

    [Fact]
    public void Import_reads_an_xlsx_copy_of_the_sample_to_the_same_activities()
    {
        var xlsx = PlanFiles.Xlsx(("Componente 3", PlanFiles.SampleRows.Select(r => r.Cast<object?>().ToArray())));

        var result = PlanFiles.Read(xlsx, "paac.xlsx");

        Assert.Equal(Expected(), PlanFiles.Describe(result));
        Assert.Equal("paac.xlsx, hoja «Componente 3», fila 5", result.Plan!.Activities[0].Source);
        Assert.Equal("paac.xlsx, hoja «Componente 3», fila 21", result.Plan.Activities.Single(a => a.Number.ToString() == "3.3").Source);
    }

    private static List<string> Expected() => PlanFiles.Describe(PlanFiles.Read(PlanFiles.SampleBytes, PlanFiles.SampleName));
}
