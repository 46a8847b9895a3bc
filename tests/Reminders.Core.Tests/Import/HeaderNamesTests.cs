using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public class HeaderNamesTests
{
    [Theory]
    [InlineData("Sub-Componente", "SubComponent")]
    [InlineData("Subcomponente", "SubComponent")]
    [InlineData("Subcomponente/proceso", "SubComponent")]
    [InlineData("SUBCOMPONENTE / PROCESO", "SubComponent")]
    [InlineData("No.", "Number")]
    [InlineData("N°", "Number")]
    [InlineData("Número", "Number")]
    [InlineData("#", "Number")]
    [InlineData("Actividades", "Activity")]
    [InlineData("ACTIVIDAD", "Activity")]
    [InlineData("Meta o Producto", "Product")]
    [InlineData("Meta", "Product")]
    [InlineData("Producto", "Product")]
    [InlineData("Responsable", "Responsible")]
    [InlineData("Responsables", "Responsible")]
    [InlineData("Dependencia responsable", "Responsible")]
    [InlineData("Fecha Programada", "Date")]
    [InlineData("Fecha", "Date")]
    [InlineData("Fecha programada de ejecución", "Date")]
    [InlineData("FECHA  PROGRAMADA", "Date")]
    [InlineData("Subcomponente Procesos", "SubComponent")]
    [InlineData("Subcomponente\nProcesos", "SubComponent")]
    [InlineData("Componente", "SubComponent")]
    [InlineData("Elemento", "SubComponent")]
    [InlineData("Elemen", "SubComponent")]
    [InlineData("Entregable", "Product")]
    [InlineData("Producto entregable", "Product")]
    [InlineData("Responsable(s)", "Responsible")]
    [InlineData("Respons", "Responsible")]
    [InlineData("Fin", "Date")]
    [InlineData("Fecha Fin", "Date")]
    [InlineData("Inicio", "Start")]
    [InlineData("Fecha Inicio", "Start")]
    [InlineData("Fecha de inicio", "Start")]
    [InlineData("Cuatrimestre 1", "Period")]
    [InlineData("III cuatrimestre", "Period")]
    public void Recognises_header_cells_ignoring_case_accents_and_punctuation(string text, string kind)
    {
        Assert.Equal(kind, HeaderNames.Classify(text)?.ToString());
    }

    [Theory]
    [InlineData("Observaciones")]
    [InlineData("Indicador")]
    [InlineData("Cuatrimestre")]
    [InlineData("")]
    [InlineData("Sub-Componente No. 1. INFORMACIÓN (Informar avances y resultados de la gestión con calidad y en lenguaje comprensible).")]
    public void Ignores_other_cells(string text)
    {
        Assert.Null(HeaderNames.Classify(text));
    }

    [Theory]
    [InlineData("Cuatrimestre 1", 1)]
    [InlineData("CUATRIMESTRE II", 2)]
    [InlineData("Cuatrimestre 3", 3)]
    [InlineData("1er cuatrimestre", 1)]
    [InlineData("Segundo cuatrimestre", 2)]
    [InlineData("Tercer Cuatrimestre", 3)]
    public void Reads_which_four_month_period_a_Cuatrimestre_header_names(string text, int period)
    {
        Assert.Equal(period, HeaderNames.PeriodOf(text));
    }

    [Theory]
    [InlineData("Cuatrimestre")]
    [InlineData("Cuatrimestre 4")]
    [InlineData("Cuatrimestral")]
    [InlineData("1")]
    public void Reads_no_period_from_other_headers(string text)
    {
        Assert.Null(HeaderNames.PeriodOf(text));
    }
}
