namespace Reminders.Core.Tests.Import;

/// <summary>
/// Two header rows that say when an activity runs: <c>Fecha</c> over <c>Inicio | Fin</c> (the start is kept) and
/// <c>Cuatrimestre</c> over <c>1 | 2 | 3</c> with <c>X</c> marks (kept; with no date, the end of the last period marked is due).
/// </summary>
public class PlanReaderPeriodsTests
{
    private const string Title = "6.3 COMPONENTE 3 RENDICIÓN DE CUENTAS.";
    private const string Header = "Elemen\tProducto entregable\tActividades\tCuatrimestre\t\t\tFecha\t\tRespons";
    private const string SubHeader = "\t\t\t1\t2\t3\tInicio\tFin\t";

    [Fact]
    public void Import_keeps_the_start_date_of_a_Fecha_group_over_Inicio_and_Fin()
    {
        var text = "Componente 1: Gestión del riesgo\n"
            + "Subcomponente Procesos\tActividades\t\tMeta o producto\tResponsable\tFecha\t\n"
            + "\t\t\t\t\tInicio\tFin\n"
            + "Política\t1.1\tActualizar la política\tPolítica actualizada\tAlta gerencia\t3/02/23\t30/04/23\n"
            + "\t1.2\tSocializar la política\tActas\tGerencia\t15/01/2023\t31/01/2023\n";

        var activities = PlanFiles.Read(text).Plan!.Activities;

        Assert.Equal(
            [("1.1", "2023-02-03", "2023-04-30"), ("1.2", "2023-01-15", "2023-01-31")],
            activities.Select(a => (a.Number.ToString(), a.Start?.ToString("yyyy-MM-dd", null), a.Schedule.ToString())));
    }

    [Fact]
    public void Import_reads_an_unreadable_start_date_as_no_start_and_says_which_cell()
    {
        var text = "Componente 1: Gestión del riesgo\n"
            + "Subcomponente\tActividades\t\tResponsable\tInicio\tFin\n"
            + "Monitoreo\t5.1\tHacer seguimiento\tControl interno\t1/11/232\t30/11/23\n";

        var plan = PlanFiles.Read(text).Plan!;

        var activity = Assert.Single(plan.Activities);
        Assert.Null(activity.Start);
        Assert.Equal("2023-11-30", activity.Schedule.ToString());
        Assert.Equal(
            "la fecha de inicio «1/11/232» (paac.tsv, línea 3, columna «Inicio») no es una fecha; la actividad se importó sin fecha de inicio",
            Assert.Single(plan.Notes!));
    }

    [Fact]
    public void Import_reads_the_four_month_periods_each_activity_is_marked_active_in()
    {
        var text = $"{Title}\n{Header}\n{SubHeader}\n"
            + "INFORMACIÓN\tEstrategia\tConformar el equipo\tX\tX\tX\t1/02/23\t28/02/23\tGerencia\n"
            + "\tContenidos\tDivulgar los logros\t\tx\tX\t2/01/23\t15/12/23\tSIAU\n"
            + "DIÁLOGO\tPiezas\tApoyar las convocatorias\tX\t\t\t3/02/23\t15/12/23\tSIAU\n";

        var activities = PlanFiles.Read(text).Plan!.Activities;

        Assert.Equal(
            [("1.1", "1,2,3", "2023-02-28"), ("1.2", "2,3", "2023-12-15"), ("2.1", "1", "2023-12-15")],
            activities.Select(a => (a.Number.ToString(), string.Join(',', a.Periods!), a.Schedule.ToString())));
    }

    [Fact]
    public void Import_leaves_periods_unset_for_a_table_without_Cuatrimestre_columns()
    {
        var text = "Componente 1: Riesgo\nSubcomponente\tActividades\tResponsable\tFecha programada\nPolítica\t1.1 Actualizar\tGerencia\t30/04/23\n";

        Assert.Null(Assert.Single(PlanFiles.Read(text).Plan!.Activities).Periods);
    }

    [Theory]
    [InlineData("X\t\t", "2023-04-30")]
    [InlineData("X\tX\t", "2023-08-31")]
    [InlineData("\t\tX", "2023-12-31")]
    public void Import_takes_the_end_of_the_last_period_marked_as_due_when_the_date_is_empty(string marks, string due)
    {
        var text = $"{Title}\n{Header}\n{SubHeader}\n"
            + "INFORMACIÓN\tEstrategia\tConformar el equipo\tX\t\t\t1/02/23\t28/02/23\tGerencia\n"
            + $"\tContenidos\tDivulgar los logros\t{marks}\t\t\tSIAU\n";

        var plan = PlanFiles.Read(text).Plan!;

        Assert.Equal(due, plan.Activities[1].Schedule.ToString());
        Assert.Contains(
            "las actividades sin fecha del componente III vencen al final del último cuatrimestre marcado (30 de abril, 31 de agosto o 31 de diciembre)",
            plan.Notes!);
    }

    [Fact]
    public void Import_reads_a_table_whose_only_schedule_is_the_Cuatrimestre_marks_in_the_year_given()
    {
        var text = "Componente 3: Rendición de cuentas\n"
            + "Elemento\tActividades\tResponsable\tCuatrimestre\t\t\n"
            + "\t\t\tI\tII\tIII\n"
            + "Información\tPublicar el informe\tGerencia\t\tX\t\n";

        var activity = Assert.Single(PlanFiles.Read(text, year: 2024).Plan!.Activities);

        Assert.Equal(("2024-08-31", "2"), (activity.Schedule.ToString(), string.Join(',', activity.Periods!)));
    }

    [Fact]
    public void Import_refuses_a_Cuatrimestre_cell_that_is_not_a_mark_naming_the_cell()
    {
        var text = $"{Title}\n{Header}\n{SubHeader}\n"
            + "INFORMACIÓN\tEstrategia\tConformar el equipo\tX\t50%\t\t1/02/23\t28/02/23\tGerencia\n";

        var error = Assert.Single(PlanFiles.Read(text).Errors);

        Assert.Equal("paac.tsv, línea 4, columna «Cuatrimestre 2»: valor «50%»; se esperaba una X que marque el cuatrimestre, o la celda vacía", error.Message);
    }

    [Fact]
    public void Import_refuses_a_row_with_neither_a_date_nor_a_mark_naming_the_cell()
    {
        var text = $"{Title}\n{Header}\n{SubHeader}\n"
            + "INFORMACIÓN\tEstrategia\tConformar el equipo\t\t\t\t1/02/23\t\tGerencia\n"
            + "\tContenidos\tDivulgar los logros\tX\t\t\t2/01/23\t15/12/23\tSIAU\n";

        var error = Assert.Single(PlanFiles.Read(text).Errors);

        Assert.StartsWith("paac.tsv, línea 4, columna «Fecha Fin»", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("o una X en la columna del cuatrimestre en que vence", error.Message, StringComparison.Ordinal);
    }
}
