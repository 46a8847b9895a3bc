
namespace Reminders.Core.Tests.Import;

public class PlanReaderXlsxTests
{
    private static readonly object?[] HeaderRow = ["Sub-Componente", "Actividades", null, "Meta o Producto", "Responsable", "Fecha Programada"];

    [Fact]
    public void Import_reads_each_sheet_as_a_component_and_skips_sheets_without_a_table()
    {
        var xlsx = PlanFiles.Xlsx(
            ("Instrucciones", [["Diligencie una hoja por componente."]]),
            ("Componente 3", [["Componente III: Rendición de Cuentas"], HeaderRow, ["Subcomponente 1 Información", "1,1", "A", "P", "Control Interno", "31/01/2022"]]),
            ("Componente 4", [["Componente IV: Atención al Ciudadano"], HeaderRow, ["Subcomponente 1 Estructura", "1,1", "B", "P", "Control Interno", "28/02/2022"]]));

        var plan = PlanFiles.Read(xlsx, "paac.xlsx").Plan!;

        Assert.Equal(
            [("III", "Rendición de Cuentas", "1.1"), ("IV", "Atención al Ciudadano", "1.1")],
            plan.Activities.Select(a => (a.Component, a.ComponentName, a.Number.ToString())));
        Assert.Equal("paac.xlsx, hoja «Componente 4», fila 3", plan.Activities[1].Source);
    }

    [Fact]
    public void Import_reads_several_components_one_after_another_in_one_sheet()
    {
        var xlsx = PlanFiles.Xlsx(("PAAC 2023", [
            ["6.1 COMPONENTE 1: GESTIÓN DEL RIESGO"],
            HeaderRow,
            ["Política", "1.1", "Actualizar la política", "Política actualizada", "Alta gerencia", "30/04/23"],
            [],
            ["6.2 COMPONENTE 2: RACIONALIZACIÓN DE TRÁMITES"],
            HeaderRow,
            ["Componente tecnológico", "1.1", "Identificar trámites", "Inventario", "Subgerencia", "01/05/2023"],
            ["", "1.2", "Priorizar trámites", "Priorización", "Subgerencia", "02/06/2023"],
        ]));

        var plan = PlanFiles.Read(xlsx, "paac.xlsx").Plan!;

        Assert.Equal(
            [("I", "GESTIÓN DEL RIESGO", "1.1", "2023-04-30"), ("II", "RACIONALIZACIÓN DE TRÁMITES", "1.1", "2023-05-01"), ("II", "RACIONALIZACIÓN DE TRÁMITES", "1.2", "2023-06-02")],
            plan.Activities.Select(a => (a.Component, a.ComponentName, a.Number.ToString(), a.Schedule.ToString())));
        Assert.Equal("paac.xlsx, hoja «PAAC 2023», fila 8", plan.Activities[2].Source);
    }

    [Fact]
    public void Import_reads_one_component_per_sheet_each_with_two_header_rows_and_date_cells()
    {
        object?[] header = ["Elemen", "Producto entregable", "Actividades", "Cuatrimestre", null, null, "Fecha", null, "Respons"];
        object?[] subHeader = [null, null, null, 1, 2, 3, "Inicio", "Fin", null];
        var xlsx = PlanFiles.Xlsx(
            ("Rendición", [["6.3 COMPONENTE 3 RENDICIÓN DE CUENTAS."], header, subHeader,
                ["INFORMACIÓN", "Estrategia", "Conformar el equipo", "X", "X", null, new DateTime(2023, 2, 1), new DateTime(2023, 2, 28), "Gerencia"]]),
            ("Atención", [["6.4 COMPONENTE 4: ATENCIÓN AL CIUDADANO"], header, subHeader,
                ["Estructura", "Protocolo", "Actualizar el protocolo", null, null, "X", "1/09/23", "31/12/23", "SIAU"]]));

        var plan = PlanFiles.Read(xlsx, "paac.xlsx").Plan!;

        Assert.Equal(
            [("III", "1.1", "2023-02-01", "2023-02-28", "1,2"), ("IV", "1.1", "2023-09-01", "2023-12-31", "3")],
            plan.Activities.Select(a => (a.Component, a.Number.ToString(), a.Start?.ToString("yyyy-MM-dd", null), a.Schedule.ToString(), string.Join(',', a.Periods!))));
    }

    [Fact]
    public void Import_continues_a_component_whose_title_and_header_repeat_further_down_the_sheet()
    {
        var xlsx = PlanFiles.Xlsx(("Atención", [
            ["COMPONENTE 4: ATENCIÓN AL CIUDADANO"],
            HeaderRow,
            ["Subcomponente 1 Estructura administrativa", "1.1", "Crear el comité", "Acta", "Gerencia", "31/12/23"],
            ["COMPONENTE 4: ATENCIÓN AL CIUDADANO"],
            HeaderRow,
            ["Subcomponente 2 Talento humano", "2.1", "Capacitar al personal", "Listas", "Talento Humano", "1/07/23"],
        ]));

        var plan = PlanFiles.Read(xlsx, "paac.xlsx").Plan!;

        Assert.Equal(
            [("IV", 1, "Estructura administrativa", "1.1"), ("IV", 2, "Talento humano", "2.1")],
            plan.Activities.Select(a => (a.Component, a.SubComponent, a.SubComponentName, a.Number.ToString())));
    }

    [Fact]
    public void Import_reads_date_cells_and_number_cells_of_a_workbook()
    {
        var xlsx = PlanFiles.Xlsx(("Hoja1",
        [
            ["Componente 3 - Rendición de Cuentas"],
            ["No.", "Actividades", "Responsable", "Fecha"],
            [1.1, "A", "Control Interno", new DateTime(2022, 1, 31)],
            [1.2, "B", "Control Interno", "PERMANENTE"],
        ]));

        var plan = PlanFiles.Read(xlsx, "paac.xlsx").Plan!;

        Assert.Equal(["1.1", "1.2"], plan.Activities.Select(a => a.Number.ToString()));
        Assert.Equal(new DateOnly(2022, 1, 31), plan.Activities[0].Schedule.Due);
        Assert.Equal(2022, plan.Year);
    }

    [Fact]
    public void Import_takes_the_component_from_the_sheet_name_when_the_sheet_has_no_title_row()
    {
        var xlsx = PlanFiles.Xlsx(("Componente 3", [HeaderRow, ["", "1,1", "A", "P", "Control Interno", "31/01/2022"]]));

        var activity = Assert.Single(PlanFiles.Read(xlsx, "paac.xlsx").Plan!.Activities);

        Assert.Equal("III", activity.Component);
    }

    [Fact]
    public void Import_locates_a_workbook_error_by_sheet_and_cell()
    {
        var xlsx = PlanFiles.Xlsx(("Componente 3",
        [
            [null], ["Componente III: Rendición de Cuentas"], HeaderRow,
            ["", "1,1", "A", "P", "Control Interno", "31/01/2022"],
            [null],
            ["", "1,2", "B", "P", "", "31 de febrero de 2022"],
        ]));

        var result = PlanFiles.Read(xlsx, "paac.xlsx");

        Assert.Null(result.Plan);
        Assert.Equal(
            ["hoja «Componente 3», celda E6", "hoja «Componente 3», celda F6"],
            result.Errors.Select(e => e.Location));
        Assert.Equal(
            "paac.xlsx, hoja «Componente 3», celda F6, columna «Fecha Programada»: valor «31 de febrero de 2022»; "
            + "se esperaba una fecha que exista en el calendario (ese mes no tiene ese día)",
            result.Errors[1].Message);
    }

    [Fact]
    public void Import_reads_a_workbook_by_its_zip_signature_whatever_its_name()
    {
        var xlsx = PlanFiles.Xlsx(("Componente 3", PlanFiles.SampleRows.Select(r => r.Cast<object?>().ToArray())));

        Assert.Equal(20, PlanFiles.Read(xlsx, "descarga").Plan!.Activities.Count);
    }

    [Theory]
    [InlineData("paac.xlsx", new byte[] { 1, 2, 3, 4, 5 })]
    [InlineData("paac.xlsx", new byte[] { 0x50, 0x4B, 3, 4, 9, 9, 9, 9 })]
    [InlineData("paac.csv", new byte[] { 0x50, 0x4B, 3, 4, 9, 9, 9, 9 })]
    public void Import_rejects_an_unreadable_workbook(string name, byte[] bytes)
    {
        var result = PlanFiles.Read(bytes, name);

        var error = Assert.Single(result.Errors);
        Assert.Null(result.Plan);
        Assert.StartsWith("no se pudo leer el libro de Excel", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_an_empty_workbook()
    {
        var result = PlanFiles.Read(PlanFiles.Xlsx(("Hoja1", [[null]])), "paac.xlsx");

        Assert.Contains("vacío", Assert.Single(result.Errors).Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_asks_to_save_an_old_xls_workbook_as_xlsx()
    {
        var result = PlanFiles.Read(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "paac.xls");

        Assert.Contains(".xlsx", Assert.Single(result.Errors).Expected, StringComparison.Ordinal);
    }
}
