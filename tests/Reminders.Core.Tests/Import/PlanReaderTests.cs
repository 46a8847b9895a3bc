using Reminders.Core.Plans;

namespace Reminders.Core.Tests.Import;

public class PlanReaderTests
{
    private static readonly string[][] SmallPlan =
    [
        ["Título del plan"],
        ["Componente 3 - Rendición de Cuentas"],
        ["Subcomponente", "No.", "Actividades", "Meta o Producto", "Responsable", "Fecha Programada"],
        ["Subcomponente 1 Información", "1.1", "Publicar el informe; con anexos, \"versión final\"", "Informe, anexos", "Secretaría de Planeación", "31 de enero de 2022"],
        ["", "1.2", "Divulgar, en radio", "Pauta", "Gobierno Digital - Oficina Comunicaciones", "28/02/2022"],
        ["Subcomponente 2 Diálogo", "2.1", "Audiencia pública", "Acta", "Control Interno", "PERMANENTE"],
    ];

    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    [InlineData(',')]
    public void Import_detects_the_delimiter_from_the_header_row(char delimiter)
    {
        var result = PlanFiles.Read(PlanFiles.Delimited(SmallPlan, delimiter));

        var activities = PlanFiles.Describe(result);
        Assert.Equal(
            [
                "III|Rendición de Cuentas|1|Información|1.1|Publicar el informe; con anexos, \"versión final\"|Informe, anexos|Secretaría de Planeación|2022-01-31",
                "III|Rendición de Cuentas|1|Información|1.2|Divulgar, en radio|Pauta|Gobierno Digital + Oficina Comunicaciones|2022-02-28",
                "III|Rendición de Cuentas|2|Diálogo|2.1|Audiencia pública|Acta|Control Interno|ongoing",
            ],
            activities);
    }

    [Fact]
    public void Import_reads_quoted_fields_with_line_breaks_and_counts_physical_lines()
    {
        var text = PlanFiles.Table(
            "\t1,1\t\"Primera línea\nsegunda línea\"\tInforme\t\"Gobierno Digital\nOficina Comunicaciones\"\t31/01/2022",
            "\t1,2\tOtra\tActa\tControl Interno\t31 de marzo de 2022");

        var plan = PlanFiles.Read(text).Plan!;

        Assert.Equal("Primera línea\nsegunda línea", plan.Activities[0].Text);
        Assert.Equal(["Gobierno Digital", "Oficina Comunicaciones"], plan.Activities[0].Offices);
        Assert.Equal("paac.tsv, línea 3", plan.Activities[0].Source);
        Assert.Equal("paac.tsv, línea 6", plan.Activities[1].Source);
    }

    [Fact]
    public void Import_reads_columns_in_any_order_and_ignores_extra_columns()
    {
        var text = string.Join("\n",
            "COMPONENTE 3: RENDICIÓN DE CUENTAS",
            "FECHA PROGRAMADA\tObservaciones\tRESPONSABLES\tSubcomponente/proceso\tNúmero\tActividad\tIndicador\tProducto",
            "31 de enero de 2022\tnada\tControl Interno\tSubcomponente/proceso 1 Información\t1,1\tPublicar\t100 %\tInforme");

        Assert.Equal(
            ["III|RENDICIÓN DE CUENTAS|1|Información|1.1|Publicar|Informe|Control Interno|2022-01-31"],
            PlanFiles.Describe(PlanFiles.Read(text)));
    }

    [Fact]
    public void Import_reads_the_activity_number_at_the_start_of_the_text_of_a_single_actividades_column()
    {
        var text = string.Join("\n",
            "Componente III: Rendición de Cuentas",
            "Sub-componente\tActividades\tMeta\tResponsable\tFecha programada de ejecución",
            "Subcomponente 1 Información\t1.1 Revisión de la planeación\tDocumento\tControl Interno\t31/01/2022",
            "\t1,2. Publicar el informe\tInforme\tControl Interno\t28/02/2022",
            "\t1.3 - Divulgar\tPauta\tControl Interno\t31/03/2022");

        var plan = PlanFiles.Read(text).Plan!;

        Assert.Equal(["1.1", "1.2", "1.3"], plan.Activities.Select(a => a.Number.ToString()));
        Assert.Equal(["Revisión de la planeación", "Publicar el informe", "Divulgar"], plan.Activities.Select(a => a.Text));
    }

    [Fact]
    public void Import_reads_an_actividades_header_spanning_a_number_and_a_text_column()
    {
        var plan = PlanFiles.Read(PlanFiles.Table(
            "Sub-Componente No. 1. INFORMACIÓN\t1,1\tPublicar\tInforme\tControl Interno\t31/01/2022")).Plan!;

        var activity = Assert.Single(plan.Activities);
        Assert.Equal("1.1", activity.Number.ToString());
        Assert.Equal("Publicar", activity.Text);
        Assert.Equal("Informe", activity.Product);
        Assert.Equal("INFORMACIÓN", activity.SubComponentName);
    }

    [Fact]
    public void Import_infers_sub_component_numbers_from_activity_numbers_when_cells_have_none()
    {
        var plan = PlanFiles.Read(PlanFiles.Table(
            "Información (informar avances)\t1,1\tA\tP\tControl Interno\t31/01/2022",
            "\t1,2\tB\tP\tControl Interno\t31/01/2022",
            "Diálogo\t2,1\tC\tP\tControl Interno\t31/01/2022",
            "Subcomponente: Responsabilidad\t3,1\tD\tP\tControl Interno\t31/01/2022")).Plan!;

        Assert.Equal([1, 1, 2, 3], plan.Activities.Select(a => a.SubComponent));
        Assert.Equal(["Información (informar avances)", "Información (informar avances)", "Diálogo", "Responsabilidad"],
            plan.Activities.Select(a => a.SubComponentName));
    }

    [Fact]
    public void Import_reads_a_sub_component_name_written_on_its_own_row()
    {
        var plan = PlanFiles.Read(PlanFiles.Table(
            "Subcomponente 2 Diálogo",
            "\t2,1\tA\tP\tControl Interno\t31/01/2022",
            "\t2,2\tB\tP\tControl Interno\t31/01/2022")).Plan!;

        Assert.All(plan.Activities, a => Assert.Equal((2, "Diálogo"), (a.SubComponent, a.SubComponentName)));
    }

    [Fact]
    public void Import_reads_activities_without_a_sub_component_column_by_their_numbers()
    {
        var text = string.Join("\n",
            "Componente 4: Atención al Ciudadano",
            "No.\tActividades\tResponsable\tFecha",
            "1,1\tA\tControl Interno\t31/01/2022",
            "2,1\tB\tControl Interno\t31/01/2022");

        var plan = PlanFiles.Read(text).Plan!;

        Assert.Equal([("IV", 1, ""), ("IV", 2, "")], plan.Activities.Select(a => (a.Component, a.SubComponent, a.SubComponentName)));
        Assert.All(plan.Activities, a => Assert.Equal(string.Empty, a.Product));
    }

    [Fact]
    public void Import_ignores_blank_lines_and_footer_lines()
    {
        var text = string.Join("\n",
            "",
            "PLAN ANTICORRUPCIÓN Y DE ATENCIÓN AL CIUDADANO 2022",
            "Componente III: Rendición de Cuentas\t\t\t",
            "",
            PlanFiles.Header,
            "Subcomponente 1 Información\t1,1\tA\tP\tControl Interno\t31/01/2022",
            "\t\t\t\t\t",
            "Formato guía elaborado por Función Pública 2021-2022",
            "\t\tElaboró: Secretaría de Planeación\t\t\t",
            "Nota: las fechas pueden cambiar.");

        var plan = PlanFiles.Read(text).Plan!;

        var activity = Assert.Single(plan.Activities);
        Assert.Equal("Información", activity.SubComponentName);
    }

    [Fact]
    public void Import_reads_several_components_in_one_file()
    {
        var text = PlanFiles.Table("Subcomponente 1 Información\t1,1\tA\tP\tControl Interno\t31/01/2022")
            + "\n\nComponente IV: Atención al Ciudadano\n" + PlanFiles.Header + "\n"
            + "Subcomponente 1 Estructura\t1,1\tB\tP\tControl Interno\t28/02/2022\n";

        var plan = PlanFiles.Read(text).Plan!;

        Assert.Equal([("III", "1.1"), ("IV", "1.1")], plan.Activities.Select(a => (a.Component, a.Number.ToString())));
        Assert.Equal("Atención al Ciudadano", plan.Activities[1].ComponentName);
    }

    [Fact]
    public void Import_takes_the_plan_year_from_the_options_or_else_from_the_dates()
    {
        var text = PlanFiles.Table(
            "\t1,1\tA\tP\tControl Interno\t31/01/2022",
            "\t1,2\tB\tP\tControl Interno\t31/01/2023",
            "\t1,3\tC\tP\tControl Interno\t31 de marzo de 2022",
            "\t1,4\tD\tP\tControl Interno\tENERO - MARZO");

        var guessed = PlanFiles.Read(text).Plan!;
        var given = PlanFiles.Read(text, year: 2023).Plan!;

        Assert.Equal(2022, guessed.Year);
        Assert.Equal(new DateOnly(2022, 3, 31), guessed.Activities[3].Schedule.Due);
        Assert.Equal(2023, given.Year);
        Assert.Equal(new DateOnly(2023, 3, 31), given.Activities[3].Schedule.Due);
        Assert.Equal(new DateOnly(2022, 1, 31), given.Activities[0].Schedule.Due);
    }

    [Fact]
    public void Import_reads_a_plan_of_ongoing_duties_when_the_year_is_given()
    {
        var plan = PlanFiles.Read(PlanFiles.Table(
            "\t1,1\tA\tP\tControl Interno\tMensual",
            "\t1,2\tB\tP\tControl Interno\tDurante la vigencia"), year: 2024).Plan!;

        Assert.Equal(2024, plan.Year);
        Assert.Equal([Schedule.Ongoing(Cadence.Monthly), Schedule.Ongoing()], plan.Activities.Select(a => a.Schedule));
    }

    [Theory]
    [InlineData("Componente III: Rendición de Cuentas", "III", "Rendición de Cuentas")]
    [InlineData("Componente 3 - Rendición de Cuentas", "III", "Rendición de Cuentas")]
    [InlineData("COMPONENTE 3: RENDICIÓN DE CUENTAS", "III", "RENDICIÓN DE CUENTAS")]
    [InlineData("componente vi. Iniciativas adicionales", "VI", "Iniciativas adicionales")]
    [InlineData("Componente 1 Gestión del Riesgo de Corrupción", "I", "Gestión del Riesgo de Corrupción")]
    public void Import_reads_the_component_number_as_a_roman_numeral_and_its_name(string title, string number, string name)
    {
        var text = title + "\n" + PlanFiles.Header + "\n\t1,1\tA\tP\tControl Interno\t31/01/2022";

        var activity = Assert.Single(PlanFiles.Read(text).Plan!.Activities);

        Assert.Equal((number, name), (activity.Component, activity.ComponentName));
    }

    [Fact]
    public void Import_skips_a_header_row_repeated_on_a_new_page()
    {
        var plan = PlanFiles.Read(PlanFiles.Table(
            "\t1,1\tA\tP\tControl Interno\t31/01/2022",
            PlanFiles.Header,
            "\t1,2\tB\tP\tControl Interno\t31/01/2022")).Plan!;

        Assert.Equal(["1.1", "1.2"], plan.Activities.Select(a => a.Number.ToString()));
    }

    [Fact]
    public void Import_takes_the_end_date_column_over_a_start_date_column()
    {
        var text = string.Join("\n",
            PlanFiles.Title,
            "No.\tActividades\tResponsable\tFecha de inicio\tFecha de terminación",
            "1,1\tA\tControl Interno\t01/01/2022\t30/06/2022");

        Assert.Equal(new DateOnly(2022, 6, 30), PlanFiles.Read(text).Plan!.Activities[0].Schedule.Due);
    }
}
