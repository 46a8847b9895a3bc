using System.IO.Compression;
using System.Text;
using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

/// <summary>Issue 7: plans written carelessly or to do harm are refused naming the place, or read correctly; never silently cut.</summary>
public class PlanReaderHostileInputTests
{
    private const string Row = "\t1,1\tPublicar el informe\tInforme\tControl Interno\t31/01/2022";

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Import_refuses_a_plan_year_outside_2000_to_2100(int year)
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("\t1,1\tPublicar\tInforme\tControl Interno\tPERMANENTE"), year: year));

        Assert.Equal("--year", error.Location);
        Assert.Contains("entre 2000 y 2100", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_due_date_outside_2000_to_2100_naming_its_cell()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("\t1,1\tPublicar\tInforme\tControl Interno\t31/12/9999")));

        Assert.Equal(("línea 3", "Fecha Programada", "31/12/9999"), (error.Location, error.Column, error.Value));
        Assert.Equal("una fecha entre los años 2000 y 2100", error.Expected);
    }

    [Fact]
    public void Import_reads_a_data_row_whose_cells_begin_with_header_words_as_an_activity()
    {
        var text = PlanFiles.Table(
            "Subcomponente 1 Información\t1,1\tActividades de divulgación del plan\tMeta: un informe\tControl Interno\t31/01/2022",
            "\t1,2\tPublicar\tActa\tControl Interno\t28/02/2022");

        var activities = PlanFiles.Describe(PlanFiles.Read(text));

        Assert.Equal(
            [
                "III|Rendición de Cuentas|1|Información|1.1|Actividades de divulgación del plan|Meta: un informe|Control Interno|2022-01-31",
                "III|Rendición de Cuentas|1|Información|1.2|Publicar|Acta|Control Interno|2022-02-28",
            ],
            activities);
    }

    [Fact]
    public void Import_still_skips_a_header_repeated_on_a_new_page()
    {
        var text = PlanFiles.Table(Row, PlanFiles.Header, "\t1,2\tPublicar\tActa\tControl Interno\t28/02/2022");

        Assert.Equal(2, PlanFiles.Read(text).Plan!.Activities.Count);
    }

    [Fact]
    public void Import_refuses_a_quote_left_open_that_swallows_activity_rows_naming_both_lines()
    {
        var text = string.Join("\n",
            PlanFiles.Title,
            "Sub-Componente;Actividades;;Meta o Producto;Responsable;Fecha Programada",
            ";1.1;Caracterizar;Documento;Secretaría de Planeación;31/01/2022",
            ";1.2;\"Priorizar temas;Temas;Secretaría de Planeación;31/01/2022",
            ";1.3;Definir el procedimiento;Documento;Secretaría de Planeación;31/01/2022",
            ";1.4;Divulgar\";Enlace;Oficina Comunicaciones;31/01/2022") + "\n";

        var error = SingleError(PlanFiles.Read(text, "paac.csv"));

        Assert.Equal("línea 4", error.Location);
        Assert.Equal(
            "la comilla (\") que abre una celda en la línea 4 no se cierra hasta la línea 6, y se traga la línea 5, que parece una fila de actividad; cierre la comilla en la línea 4 o quítela",
            error.Expected);
    }

    [Fact]
    public void Import_reads_a_quoted_cell_holding_a_numbered_list_with_commas()
    {
        var text = string.Join("\n",
            PlanFiles.Title,
            "Sub-Componente,Actividades,,Meta o Producto,Responsable,Fecha Programada",
            ",1.1,Caracterizar,\"Documento con:\n1.1 Canales, grupos, temas\n1.2 Medios, fechas, lugares\",Secretaría de Planeación,31/01/2022",
            ",1.2,Priorizar,Temas,Secretaría de Planeación,31/01/2022") + "\n";

        var result = PlanFiles.Read(text, "paac.csv");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var plan = result.Plan!;

        Assert.Equal("Documento con:\n1.1 Canales, grupos, temas\n1.2 Medios, fechas, lugares", plan.Activities[0].Product);
        Assert.Equal(2, plan.Activities.Count);
    }

    [Fact]
    public void Import_refuses_invalid_utf8_bytes_in_a_utf8_file_naming_the_line_and_byte()
    {
        var lines = PlanFiles.SampleText.Split('\n');
        var before = Encoding.UTF8.GetByteCount(string.Join('\n', lines[..4]) + "\n");
        var bytes = PlanFiles.SampleBytes.ToList();
        bytes.Insert(before + 2, 0xE9);

        var error = SingleError(PlanFiles.Read([.. bytes]));

        Assert.Equal("línea 5", error.Location);
        Assert.StartsWith("el byte 0xE9 (columna 3 de la línea", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_workbook_that_expands_past_64_mib_before_reading_it()
    {
        var workbook = PlanFiles.Xlsx(("Componente 3", [[PlanFiles.Title]]));
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var bomb = zip.CreateEntry("xl/media/relleno.bin", CompressionLevel.Fastest).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 65; i++)
            {
                bomb.Write(zeros);
            }
        }

        Assert.True(stream.Length < 1024 * 1024, $"the test bomb should be small, is {stream.Length} bytes");
        var error = SingleError(PlanFiles.Read(stream.ToArray(), new ImportLimits(FileMegabytes: 16), "plan.xlsx"));

        Assert.Equal("libro", error.Location);
        Assert.StartsWith("el libro de Excel descomprimido ocupa más de 64 MB (cuatro veces el límite Import:MaxFileMegabytes)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_workbook_cell_longer_than_excel_allows_naming_the_cell()
    {
        var workbook = PlanFiles.Xlsx(("Componente 3", [
            [PlanFiles.Title],
            ["Sub-Componente", "No.", "Actividades", "Meta o Producto", "Responsable", "Fecha Programada"],
            [null, "1,1", new string('x', 40_000), "Informe", "Control Interno", "31/01/2022"],
        ]));

        var error = SingleError(PlanFiles.Read(workbook, "plan.xlsx"));

        Assert.Equal("hoja «Componente 3», celda C3", error.Location);
        Assert.StartsWith("la celda tiene más de 32767 caracteres", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_plan_of_more_rows_than_Import_MaxRows_naming_the_setting()
    {
        var rows = Enumerable.Range(1, 5_000).Select(i => $"\t{1 + (i / 1000)},{i % 1000}\tActividad {i}\tInforme\tControl Interno\t31/01/2022");

        var error = SingleError(PlanFiles.Read(Encoding.UTF8.GetBytes(PlanFiles.Table([.. rows])), new ImportLimits(Rows: 5_000)));

        Assert.Equal("línea 5001", error.Location);
        Assert.StartsWith("el archivo tiene más de 5000 filas (el límite Import:MaxRows); revise que sea el archivo del plan, divídalo, o suba ese límite",
            error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_file_over_Import_MaxFileMegabytes_without_reading_the_rest()
    {
        var text = PlanFiles.Table(Row) + new string(' ', 5 * 1024 * 1024);

        var error = SingleError(PlanFiles.Read(Encoding.UTF8.GetBytes(text), new ImportLimits(FileMegabytes: 5)));

        Assert.Equal("archivo", error.Location);
        Assert.StartsWith("el archivo pesa más de 5 MB (el límite Import:MaxFileMegabytes)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_table_of_more_cells_than_20_a_row_of_Import_MaxRows_naming_the_row()
    {
        // 10 rows allowed: 200 cells. Rows of 90 cells pass the row and column limits; the third passes 200 cells.
        var wide = string.Concat(Enumerable.Repeat("\tx", 89));
        var text = PlanFiles.Table(Row, Row + wide, Row + wide, Row + wide);

        var error = SingleError(PlanFiles.Read(Encoding.UTF8.GetBytes(text), new ImportLimits(Rows: 10)));

        Assert.Equal("línea 5", error.Location);
        Assert.StartsWith("el archivo tiene más de 200 celdas (20 por cada fila del límite Import:MaxRows)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_limits_admit_200000_rows_and_64_mib_and_a_workbook_expanding_to_256_mib()
    {
        Assert.Equal(200_000, ImportLimits.Default.Rows);
        Assert.Equal(64L * 1024 * 1024, ImportLimits.Default.FileBytes);
        Assert.Equal(256L * 1024 * 1024, ImportLimits.Default.ExpandedBytes);
        Assert.Equal(4_000_000, ImportLimits.Default.Cells);
        Assert.Equal(64L * 1024 * 1024, new ImportLimits(FileMegabytes: 1).ExpandedBytes);
    }

    [Fact]
    public void Import_reads_a_plan_of_exactly_the_default_row_limit_whole()
    {
        // Title and header are rows too: 199,998 activities make 200,000 rows.
        var plan = Assert.IsType<ImportedPlan>(PlanFiles.Read(LargePlan(199_998)).Plan);

        Assert.Equal(199_998, plan.Activities.Count);
        Assert.Equal(("1.1", "Actividad 1", "2022-01-01"), Describe(plan.Activities[0]));
        Assert.Equal(("2000.98", "Actividad 199998", "2022-12-09"), Describe(plan.Activities[^1]));
        Assert.Equal(["Oficina 3"], plan.Activities[^1].Offices);
        Assert.Equal(["Oficina 1", "Oficina 2"], plan.Activities[^2].Offices);
        Assert.Equal(("2000.90", "Actividad 199990", null), Describe(plan.Activities[^9]));
        Assert.Equal("paac.tsv, línea 200000", plan.Activities[^1].Source);
    }

    [Fact]
    public void Import_refuses_a_plan_one_row_past_the_default_limit_naming_the_row_and_the_setting()
    {
        var error = SingleError(PlanFiles.Read(LargePlan(199_999)));

        Assert.Equal("línea 200001", error.Location);
        Assert.StartsWith("el archivo tiene más de 200000 filas (el límite Import:MaxRows)", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_row_with_content_past_column_200()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table(Row + new string('\t', 200) + "x")));

        Assert.Equal("línea 3", error.Location);
        Assert.StartsWith("la fila tiene contenido más allá de la columna 200", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_refuses_a_control_character_in_a_cell_naming_the_cell()
    {
        var error = SingleError(PlanFiles.Read(PlanFiles.Table("\t1,1\tPublicar\tInforme\t\u0018ontrol Interno\t31/01/2022")));

        Assert.Equal("línea 3", error.Location);
        Assert.Equal("la celda tiene un carácter de control (U+0018) en la posición 1; bórrelo y vuelva a importar el archivo", error.Expected);
    }

    /// <summary>
    /// A tab-separated plan of <paramref name="activities"/> rows after the title and the header: sub-components of 100,
    /// every seventh row with two offices, dates through 2022 and every tenth row «Permanente»; row n is «Actividad n».
    /// </summary>
    private static byte[] LargePlan(int activities)
    {
        var text = new StringBuilder(activities * 80).Append(PlanFiles.Title).Append('\n').Append(PlanFiles.Header).Append('\n');
        var first = new DateOnly(2022, 1, 1);
        for (var n = 1; n <= activities; n++)
        {
            var due = n % 10 == 0 ? "Permanente" : first.AddDays((n - 1) % 365).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
            var offices = n % 7 == 0 ? "Oficina 1 - Oficina 2" : $"Oficina {n % 5}";
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\t{((n - 1) / 100) + 1},{((n - 1) % 100) + 1}\tActividad {n}\tInforme\t{offices}\t{due}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static (string Number, string Text, string? Due) Describe(ImportedActivity activity) =>
        (activity.Number.ToString(), activity.Text, activity.Schedule.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    private static ImportError SingleError(PlanReadResult result)
    {
        Assert.Null(result.Plan);
        Assert.True(result.Errors.Count == 1, string.Join("\n", result.Errors));
        return result.Errors[0];
    }
}
