using System.Text;
using MiniExcelLibs;
using Reminders.Worker.Reports;

namespace Reminders.Worker.Tests.Reports;

/// <summary>
/// The three formats of <see cref="ReportSamples.Report"/>: 3 programmed (1.1 on time, 1.2 late, 2.3 overdue), so
/// 2 done = 66,7 %; the office «Oficina &lt;Comunicaciones&gt;» has 1.1 and 1.2 (100,0 %), Planeación 1.2 and 2.3 (50,0 %).
/// </summary>
public class ReportWritersTests
{
    [Fact]
    public void The_csv_is_utf8_with_bom_semicolons_and_decimal_commas_as_excel_in_spanish_reads_it()
    {
        var bytes = CsvReportWriter.Write(ReportSamples.Report());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(
            "Nivel;Nombre;Actividades programadas;Actividades cumplidas;Cumplidas con retraso;Vencidas;Permanentes con avance;Permanentes sin avance;% de avance;Observaciones",
            lines[0]);
        Assert.Equal("Total;Alcaldía de Ejemplo;3;2;1;1;0;1;66,7;Vencidas: III 2.3. Permanentes sin avance: III 2.4.", lines[1]);
        Assert.Contains("Oficina;Oficina <Comunicaciones>;2;2;1;0;0;0;100,0;Sin pendientes al corte.", lines);
        Assert.Contains(lines, l => l.StartsWith("III;Información;1.1;\"Publicar; el \"\"informe\"\" <script>", StringComparison.Ordinal));
    }

    [Fact]
    public void The_html_escapes_text_from_the_database_and_loads_nothing_from_outside()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Report(), new DateOnly(2022, 5, 2));

        Assert.DoesNotContain(ReportSamples.Script, html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Oficina &lt;Comunicaciones&gt;", html, StringComparison.Ordinal);
        foreach (var external in new[] { "src=", "href=", "url(", "@import", "<script", "<link", "<img", "<iframe" })
        {
            Assert.DoesNotContain(external, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void The_html_has_the_follow_up_headings_a_bar_per_office_and_highlights_overdue_rows()
    {
        var html = HtmlReportWriter.Write(ReportSamples.Report(), new DateOnly(2022, 5, 2));

        foreach (var heading in new[] { "Actividades programadas", "Actividades cumplidas", "% de avance", "Observaciones", "Avance por oficina", "Avance por componente" })
        {
            Assert.Contains($">{heading}<", html, StringComparison.Ordinal);
        }

        Assert.Contains("style=\"width:100.0%\"", html, StringComparison.Ordinal);
        Assert.Contains("style=\"width:50.0%\"", html, StringComparison.Ordinal);
        Assert.Single(html.Split("<tr class=\"overdue\">").Skip(1));
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_workbook_has_a_summary_sheet_and_one_sheet_per_component()
    {
        using var stream = new MemoryStream(XlsxReportWriter.Write(ReportSamples.Report()));

        Assert.Equal(["Resumen", "Componente III"], stream.GetSheetNames());
        var summary = stream.Query(useHeaderRow: true, sheetName: "Resumen").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("Total", summary[0]["Nivel"]);
        Assert.Equal(3d, Convert.ToDouble(summary[0]["Actividades programadas"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(66.7d, Convert.ToDouble(summary[0]["% de avance"], System.Globalization.CultureInfo.InvariantCulture));
        var rows = stream.Query(useHeaderRow: true, sheetName: "Componente III").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(["1.1", "1.2", "2.3", "2.4"], rows.Select(r => r["N.º"]?.ToString()));
        Assert.Equal(["Cumplida", "Cumplida con retraso", "Vencida", "Permanente sin avance"], rows.Select(r => r["Estado"]?.ToString()));
    }

    [Fact]
    public void The_workbooks_write_buffers_stay_under_the_large_object_threshold()
    {
        // MiniExcel keeps a character buffer of this size and the UTF-8 bytes of a full one per part; arrays of 85,000 bytes
        // or more go to the large-object heap, and a planning run writes one workbook per entity.
        Assert.True(XlsxReportWriter.BufferChars * sizeof(char) < 85_000);
        Assert.True(Encoding.UTF8.GetMaxByteCount(XlsxReportWriter.BufferChars) < 85_000);
    }
}
