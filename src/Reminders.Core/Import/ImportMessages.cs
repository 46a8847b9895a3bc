namespace Reminders.Core.Import;

/// <summary>What the administrator is told was expected, in Spanish.</summary>
internal static class ImportMessages
{
    public const string ActivityNumber = "un número de actividad como «1,1» o «1.1»";
    public const string ActivityText = "el texto de la actividad";
    public const string Responsible = "el nombre de la dependencia responsable, como «Secretaría de Planeación»";
    public const string Date = SpanishDates.Expected;
    public const string ImpossibleDate = "una fecha que exista en el calendario (ese mes no tiene ese día)";
    public const string DateNeedsYear =
        "una fecha con año, como «31 de enero de 2022», o el año del plan indicado con la opción --year";

    public const string EmptyFile = "el archivo está vacío; se esperaba una tabla del PAAC";
    public const string NoActivities =
        "no se encontró ninguna actividad; se esperaba una tabla del PAAC con filas numeradas como «1,1»";
    public const string NoTitle =
        "no se encontró la fila de título del componente antes de los encabezados; se esperaba una fila como «Componente III: Rendición de Cuentas»";
    public const string NoHeader =
        "no se encontró la fila de encabezados; se esperaba una fila con «Sub-Componente», «Actividades», «Meta o Producto», «Responsable» y «Fecha Programada»";
    public const string NoPlanYear =
        "no se pudo saber el año del plan: ninguna fecha indica el año; indíquelo con la opción --year";
    public const string OldExcel =
        "no se puede leer un libro .xls (Excel 97-2003); guárdelo como .xlsx o como texto separado por tabulaciones, punto y coma o comas";

    public static string DuplicateNumber(string component, string where) =>
        $"un número de actividad que no se repita en el componente {component} (ya aparece en {where})";

    public static string MissingColumn(string name) =>
        $"falta la columna «{name}» en la fila de encabezados; se esperaba una fila con «Actividades», «Responsable» y «Fecha Programada»";

    public static string UnreadableWorkbook(string reason) =>
        $"no se pudo leer el libro de Excel ({reason}); se esperaba un archivo .xlsx válido";
}
