using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

/// <summary>The shapes real published plans take beyond the sample: each a small table written for it.</summary>
public class PlanReaderShapesTests
{
    private const string Header = "Subcomponente\tActividades\t\tMeta o producto\tResponsable\tFecha programada";
    private const string Row = "\t1.1\tPublicar el informe\tInforme publicado\tGerencia\t31/12/23";

    [Theory]
    [InlineData("6.1 COMPONENTE 1: GESTIÓN DEL RIESGO", "I", "GESTIÓN DEL RIESGO")]
    [InlineData("6.3 COMPONENTE 3 RENDICIÓN DE CUENTAS.", "III", "RENDICIÓN DE CUENTAS")]
    [InlineData("Componente 2: Racionalización de trámites.", "II", "Racionalización de trámites")]
    [InlineData("componente iv atención al ciudadano", "IV", "atención al ciudadano")]
    public void Import_reads_titles_with_a_section_number_a_trailing_period_and_any_case(string title, string number, string name)
    {
        var activity = Assert.Single(PlanFiles.Read($"{title}\n{Header}\n{Row}\n").Plan!.Activities);

        Assert.Equal((number, name), (activity.Component, activity.ComponentName));
    }

    [Fact]
    public void Import_takes_the_component_of_a_table_without_a_title_from_the_file_name_and_says_so()
    {
        var plan = PlanFiles.Read($"{Header}\n{Row}\n", "paac-2023-componente-4.tsv").Plan!;

        Assert.Equal("IV", Assert.Single(plan.Activities).Component);
        Assert.Equal("la tabla no tiene fila de título; se usó el componente IV del nombre del archivo «paac-2023-componente-4.tsv»", Assert.Single(plan.Notes!));
    }

    [Fact]
    public void Import_prefers_the_component_given_to_the_file_name_and_says_so()
    {
        var result = PlanReader.Read(
            new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"{Header}\n{Row}\n")), "paac-componente-4.tsv", new PlanReaderOptions(null, "2"));

        Assert.Equal("II", Assert.Single(result.Plan!.Activities).Component);
        Assert.Contains("dado con --component", Assert.Single(result.Plan.Notes!), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_takes_the_component_of_an_untitled_sheet_from_its_name()
    {
        var book = PlanFiles.Xlsx(("Componente 5", [
            ["Subcomponente", "Actividades", null, "Meta o producto", "Responsable", "Fecha programada"],
            [null, "1.1", "Publicar el informe", "Informe", "Gerencia", "31/12/2023"],
        ]));

        var plan = PlanFiles.Read(book, "plan.xlsx").Plan!;

        Assert.Equal("V", Assert.Single(plan.Activities).Component);
        Assert.Contains("«Componente 5»", Assert.Single(plan.Notes!), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_reads_cut_short_headers_in_any_order_with_start_and_end_dates()
    {
        var text = "Componente 1: Gestión del riesgo\n"
            + "Elemen\tEntregable\tActividades\tRespons\tInicio\tFin\n"
            + "Política\tPolítica actualizada\t1.1 Actualizar la política\tAlta gerencia\t3/02/23\t30/04/23\n";

        var lines = PlanFiles.Describe(PlanFiles.Read(text));

        Assert.Equal(["I|Gestión del riesgo|1|Política|1.1|Actualizar la política|Política actualizada|Alta gerencia|2023-04-30"], lines);
    }

    [Fact]
    public void Import_reads_two_header_rows_and_takes_the_end_date_as_due()
    {
        var text = "Componente 3: Rendición de cuentas\n"
            + "Elemento\tProducto\tActividades\tCuatrimestre\t\t\tFecha\t\tResponsable\n"
            + "\t\t\t1\t2\t3\tInicio\tFin\t\n"
            + "INFORMACIÓN\tEstrategia\tConformar el equipo\tX\tX\t\t1/02/23\t28/02/23\tGerencia\n"
            + "\tContenidos\tDivulgar los logros\t\tX\tX\t2/01/23\t15/12/23\tSIAU\n"
            + "DIÁLOGO\tEventos\tRealizar la audiencia\t\t\tX\t1/10/23\t30/11/23\tSIAU\n";

        var lines = PlanFiles.Describe(PlanFiles.Read(text));

        Assert.Equal(
            [
                "III|Rendición de cuentas|1|INFORMACIÓN|1.1|Conformar el equipo|Estrategia|Gerencia|2023-02-28",
                "III|Rendición de cuentas|1|INFORMACIÓN|1.2|Divulgar los logros|Contenidos|SIAU|2023-12-15",
                "III|Rendición de cuentas|2|DIÁLOGO|2.1|Realizar la audiencia|Eventos|SIAU|2023-11-30",
            ],
            lines);
    }

    [Fact]
    public void Import_refuses_a_date_that_does_not_exist_naming_the_cell()
    {
        var text = "Componente 3: Rendición de cuentas\n"
            + "Elemento\tActividades\tResponsable\tFecha\n"
            + "INFORMACIÓN\tConformar el equipo\tGerencia\t29/02/23\n";

        var error = Assert.Single(PlanFiles.Read(text).Errors);

        Assert.Equal("paac.tsv, línea 3, columna «Fecha»: valor «29/02/23»; se esperaba una fecha que exista en el calendario (ese mes no tiene ese día)", error.Message);
    }

    [Theory]
    [InlineData("3/02/23", "2023-02-03")]
    [InlineData("01/05/2023", "2023-05-01")]
    [InlineData("30/04/23", "2023-04-30")]
    public void Import_reads_numeric_dates_day_first_with_two_or_four_digit_years(string date, string due)
    {
        var text = $"Componente 2: Trámites\n{Header}\n\t1.1\tIdentificar trámites\tTrámites\tSubgerencia\t{date}\n";

        Assert.Equal(due, Assert.Single(PlanFiles.Read(text).Plan!.Activities).Schedule.ToString());
    }

    [Fact]
    public void Import_numbers_activities_without_numbers_in_order_within_their_sub_component()
    {
        var text = "Componente 3: Rendición de cuentas\n"
            + "Subcomponente\tActividades\tResponsable\tFecha\n"
            + "Información\tPublicar el informe\tGerencia\t31/03/23\n"
            + "\tDivulgar los logros\tSIAU\t30/06/23\n"
            + "Diálogo\tRealizar la audiencia\tSIAU\t30/11/23\n";

        var numbers = PlanFiles.Read(text).Plan!.Activities.Select(a => $"{a.SubComponent} {a.SubComponentName} {a.Number}");

        Assert.Equal(["1 Información 1.1", "1 Información 1.2", "2 Diálogo 2.1"], numbers);
    }

    [Fact]
    public void Import_says_in_its_notes_that_it_numbered_a_table_without_numbers()
    {
        var text = "Componente 3: Rendición de cuentas\n"
            + "Subcomponente\tActividades\tResponsable\tFecha\n"
            + "Información\tPublicar el informe\tGerencia\t31/03/23\n";

        Assert.Equal(
            ["las actividades del componente III (encabezado en línea 2) no tienen número; se numeraron en orden dentro de cada subcomponente"],
            PlanFiles.Read(text).Plan!.Notes);
    }

    [Fact]
    public void Import_accepts_gaps_in_the_numbering_and_keeps_the_numbers_written()
    {
        var text = $"Componente 1: Riesgo\n{Header}\n\t5.1\tHacer seguimiento\tActas\tControl interno\t30/11/23\n"
            + "\t5.3\tPublicar el mapa\tMapa\tGerencia\t15/12/23\n";

        var plan = PlanFiles.Read(text).Plan!;

        Assert.Equal(["5.1", "5.3"], plan.Activities.Select(a => a.Number.ToString()));
        Assert.All(plan.Activities, a => Assert.False(a.NumberGenerated));
        Assert.Empty(plan.Notes!);
    }

    [Fact]
    public void Import_continues_a_component_split_into_two_tables()
    {
        var text = $"Componente 4: Atención\n{Header}\n\t1.1\tA\tP\tGerencia\t31/12/23\n"
            + $"Componente 4: Atención\n{Header}\n\t2.1\tB\tP\tGerencia\t1/06/23\n";

        Assert.Equal(["IV 1.1", "IV 2.1"], PlanFiles.Read(text).Plan!.Activities.Select(a => $"{a.Component} {a.Number}"));
    }

    [Fact]
    public void Import_refuses_a_number_repeated_across_the_two_tables_of_a_component_naming_both_lines()
    {
        var text = $"Componente 4: Atención\n{Header}\n\t1.1\tA\tP\tGerencia\t31/12/23\n"
            + $"Componente 4: Atención\n{Header}\n\t1.1\tB\tP\tGerencia\t1/06/23\n";

        var error = Assert.Single(PlanFiles.Read(text).Errors);

        Assert.StartsWith("paac.tsv, línea 6", error.Message, StringComparison.Ordinal);
        Assert.Contains("línea 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_reads_several_components_one_after_another_in_one_file()
    {
        var text = $"Componente 1: Riesgo\n{Header}\n\t1.1\tA\tP\tGerencia\t31/12/23\n"
            + $"Componente 2: Trámites\n{Header}\n\t1.1\tB\tP\tGerencia\t1/06/23\n";

        Assert.Equal(["I 1.1", "II 1.1"], PlanFiles.Read(text).Plan!.Activities.Select(a => $"{a.Component} {a.Number}"));
    }

    // Commas and « y » split only between offices the entity already knows: KnownOfficesTests.
    [Theory]
    [InlineData("Gerencia - Talento Humano")]
    [InlineData("Gerencia / Talento Humano")]
    [InlineData("Gerencia\nTalento Humano")]
    [InlineData("• Gerencia\n• Talento Humano")]
    public void Import_splits_offices_on_the_separators_plans_use(string cell)
    {
        var text = $"Componente 1: Riesgo\n{Header}\n\t1.3\tSocializar\tActas\t{PlanFiles.Quote(cell, '\t')}\t30/09/23\n";

        Assert.Equal(["Gerencia", "Talento Humano"], Assert.Single(PlanFiles.Read(text).Plan!.Activities).Offices);
    }

    [Fact]
    public void Import_splits_offices_on_an_en_dash()
    {
        var text = $"Componente 1: Riesgo\n{Header}\n\t1.3\tSocializar\tActas\tLideres de procesos – Lider Control interno\t30/09/23\n";

        Assert.Equal(["Lideres de procesos", "Lider Control interno"], Assert.Single(PlanFiles.Read(text).Plan!.Activities).Offices);
    }
}
