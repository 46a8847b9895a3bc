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
    public void Recognises_header_cells_ignoring_case_accents_and_punctuation(string text, string kind)
    {
        Assert.Equal(kind, HeaderNames.Classify(text)?.ToString());
    }

    [Theory]
    [InlineData("Observaciones")]
    [InlineData("Indicador")]
    [InlineData("")]
    [InlineData("Sub-Componente No. 1. INFORMACIÓN (Informar avances y resultados de la gestión con calidad y en lenguaje comprensible).")]
    public void Ignores_other_cells(string text)
    {
        Assert.Null(HeaderNames.Classify(text));
    }
}
