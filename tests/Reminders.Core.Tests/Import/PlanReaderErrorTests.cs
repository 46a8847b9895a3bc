using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public class PlanReaderErrorTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n")]
    public void Import_rejects_an_empty_file(string text)
    {
        var error = SingleError(PlanFiles.Read(text));

        Assert.Equal("paac.tsv, línea 1: el archivo está vacío; se esperaba una tabla del PAAC", error.Message);
    }

    [Fact]
    public void Import_rejects_a_table_without_a_title_row()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Header + "\n\t1,1\tA\tP\tControl Interno\t31/01/2022"));

        Assert.Equal("línea 1", error.Location);
        Assert.Contains("Componente III: Rendición de Cuentas", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_a_file_that_is_not_a_plan_table()
    {
        var error = SingleError(PlanFiles.Read("Lista de mercado\nleche\tpan\n"));

        Assert.Contains("fila de título del componente", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_a_component_without_a_header_row()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Title + "\n\t1,1\tA\tP\tControl Interno\t31/01/2022"));

        Assert.Equal("línea 1", error.Location);
        Assert.Contains("fila de encabezados", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_a_header_row_missing_a_required_column()
    {
        var text = PlanFiles.Title + "\nSub-Componente\tActividades\t\tMeta o Producto\tFecha Programada\n\t1,1\tA\tP\t31/01/2022";

        var error = SingleError(PlanFiles.Read(text));

        Assert.Equal("línea 2", error.Location);
        Assert.StartsWith("falta la columna «Responsable»", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_a_row_without_an_activity_number()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("\t\tPublicar\tP\tControl Interno\t31/01/2022")));

        Assert.Equal(("línea 3", "Actividades", ""), (error.Location, error.Column, error.Value));
        Assert.Equal("un número de actividad como «1,1» o «1.1»", error.Expected);
    }

    [Fact]
    public void Import_rejects_a_row_whose_text_has_no_activity_number_in_a_single_actividades_column()
    {
        var text = PlanFiles.Title + "\nActividades\tResponsable\tFecha\n1.1 A\tControl Interno\t31/01/2022\nPublicar\tControl Interno\t31/01/2022";

        var error = SingleError(PlanFiles.Read(text));

        Assert.Equal(("línea 4", "Actividades", "Publicar"), (error.Location, error.Column, error.Value));
    }

    [Theory]
    [InlineData("1,a")]
    [InlineData("A.1")]
    [InlineData("0,1")]
    [InlineData("1")]
    public void Import_rejects_a_bad_activity_number(string number)
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table($"\t{number}\tPublicar\tP\tControl Interno\t31/01/2022")));

        Assert.Equal(
            $"paac.tsv, línea 3, columna «Actividades»: valor «{number}»; se esperaba un número de actividad como «1,1» o «1.1»",
            error.Message);
    }

    [Fact]
    public void Import_rejects_an_activity_number_repeated_within_a_component()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table(
            "\t1,1\tA\tP\tControl Interno\t31/01/2022",
            "\t1.1\tB\tP\tControl Interno\t31/01/2022")));

        Assert.Equal(("línea 4", "1.1"), (error.Location, error.Value));
        Assert.Contains("ya aparece en línea 3", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_a_row_without_text()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("\t1,1\t\tP\tControl Interno\t31/01/2022")));

        Assert.Equal(("línea 3", "Actividades", "el texto de la actividad"), (error.Location, error.Column, error.Expected));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" - ")]
    public void Import_rejects_a_row_without_a_responsable(string responsable)
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table($"\t1,1\tA\tP\t{responsable}\t31/01/2022")));

        Assert.Equal(("línea 3", "Responsable"), (error.Location, error.Column));
        Assert.Contains("dependencia responsable", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_a_row_without_a_date()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("\t1,1\tA\tP\tControl Interno\t")));

        Assert.Equal(
            "paac.tsv, línea 3, columna «Fecha Programada»: valor «»; se esperaba una fecha como «31 de enero de 2022», «31/01/2022» o «PERMANENTE»",
            error.Message);
    }

    [Fact]
    public void Import_rejects_an_unreadable_date()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table(
            "\t1,1\tA\tP\tControl Interno\t31/01/2022",
            "\t1,2\tA\tP\tControl Interno\tcuando se pueda")));

        Assert.Equal(("línea 4", "Fecha Programada", "cuando se pueda"), (error.Location, error.Column, error.Value));
        Assert.Equal(SpanishDates.Expected, error.Expected);
    }

    [Fact]
    public void Import_rejects_an_impossible_date()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("\t1,1\tA\tP\tControl Interno\t31 de febrero de 2022")));

        Assert.Equal(("línea 3", "31 de febrero de 2022"), (error.Location, error.Value));
        Assert.Contains("que exista", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_a_date_without_a_year_when_no_plan_year_is_known_and_accepts_it_with_one()
    {
        var text = PlanFiles.Table("\t1,1\tA\tP\tControl Interno\tENERO - MARZO");

        var error = SingleError(PlanFiles.Read(text));
        var plan = PlanFiles.Read(text, year: 2022).Plan!;

        Assert.Equal(("línea 3", "ENERO - MARZO"), (error.Location, error.Value));
        Assert.Contains("--year", error.Expected, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2022, 3, 31), plan.Activities[0].Schedule.Due);
    }

    [Fact]
    public void Import_asks_for_the_plan_year_when_no_date_names_one()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("\t1,1\tA\tP\tControl Interno\tPERMANENTE")));

        Assert.Equal(string.Empty, error.Column);
        Assert.Contains("--year", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_rejects_a_table_with_no_activities()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("", "Formato guía elaborado por Función Pública 2021-2022")));

        Assert.Contains("ninguna actividad", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_reports_every_error_of_a_numbered_row_that_is_otherwise_broken()
    {
        var result = PlanFiles.Read(PlanFiles.Table("\t1,1\tA\tP\tControl Interno\t31/01/2022", "\t1,2\t\t\t\t"));

        Assert.Null(result.Plan);
        Assert.Equal(["Actividades", "Responsable", "Fecha Programada"], result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal("línea 4", e.Location));
    }

    [Fact]
    public void Import_collects_all_errors_in_file_order_and_imports_nothing()
    {
        var text = PlanFiles.Table(
            "\t1,1\t\"Texto\nen dos líneas\"\tP\tControl Interno\t31 de febrero de 2022",
            "\t1,2\tB\tP\tControl Interno\t31/01/2022",
            "\tx\tC\tP\tControl Interno\t31/01/2022",
            "\t1,4\tD\tP\t\tnunca");

        var result = PlanFiles.Read(text);

        Assert.Null(result.Plan);
        Assert.False(result.Succeeded);
        Assert.Equal(
            [("línea 4", "Fecha Programada"), ("línea 6", "Actividades"), ("línea 7", "Responsable"), ("línea 7", "Fecha Programada")],
            result.Errors.Select(e => (e.Location, e.Column)));
        Assert.All(result.Errors, e => Assert.Equal("paac.tsv", e.File));
    }

    [Fact]
    public void Import_reports_the_physical_line_of_a_cell_after_a_line_break_inside_a_quoted_cell()
    {
        var result = PlanFiles.Read(PlanFiles.Table("\t1,1\t\"Texto\nen dos líneas\"\tP\tControl Interno\tpronto"));

        Assert.Equal("línea 4", SingleError(result).Location);
    }

    [Fact]
    public void Import_names_only_the_file_not_its_folder()
    {
        var result = PlanFiles.Read(string.Empty, Path.Combine("tmp", "planes", "paac.csv"));

        Assert.Equal("paac.csv", SingleError(result).File);
    }

    private static ImportError SingleError(PlanReadResult result)
    {
        Assert.Null(result.Plan);
        Assert.True(result.Errors.Count == 1, string.Join("\n", result.Errors));
        return result.Errors[0];
    }
}
