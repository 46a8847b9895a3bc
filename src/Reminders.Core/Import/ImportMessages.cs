namespace Reminders.Core.Import;

/// <summary>What the administrator is told was expected, in Spanish.</summary>
internal static class ImportMessages
{
    public const string ActivityNumber = "un número de actividad como «1,1» o «1.1»";
    public const string ActivityText = "el texto de la actividad";
    public const string Responsible = "el nombre de la dependencia responsable, como «Secretaría de Planeación»";
    public const string Date = SpanishDates.Expected;
    public const string DateOrPeriod = SpanishDates.Expected + ", o una X en la columna del cuatrimestre en que vence";
    public const string PeriodMark = "una X que marque el cuatrimestre, o la celda vacía";
    public const string ImpossibleDate = "una fecha que exista en el calendario (ese mes no tiene ese día)";
    public const string DateNeedsYear =
        "una fecha con año, como «31 de enero de 2022», o el año del plan indicado con la opción --year";

    public const string EmptyFile = "el archivo está vacío; se esperaba una tabla del PAAC";
    public const string NoActivities =
        "no se encontró ninguna actividad; se esperaba una tabla del PAAC con filas numeradas como «1,1»";
    public static string ComponentFromOption(string number) =>
        $"la tabla no tiene fila de título; se usó el componente {number} dado con --component";

    public static string ComponentFromSheet(string number, string sheet) =>
        $"la tabla no tiene fila de título; se usó el componente {number} del nombre de la hoja «{sheet}»";

    public static string ComponentFromFile(string number, string file) =>
        $"la tabla no tiene fila de título; se usó el componente {number} del nombre del archivo «{file}»";

    public static string NumberedInOrder(string component, string header) =>
        $"las actividades del componente {component} (encabezado en {header}) no tienen número; se numeraron en orden dentro de cada subcomponente";

    public static string DueFromPeriods(string component) =>
        $"las actividades sin fecha del componente {component} vencen al final del último cuatrimestre marcado (30 de abril, 31 de agosto o 31 de diciembre)";

    public static string UnreadableStart(string where, string column, string text) =>
        $"la fecha de inicio «{text}» ({where}, columna «{column}») no es una fecha; la actividad se importó sin fecha de inicio";

    public static string StartAfterDue(string where, string text) =>
        $"la fecha de inicio «{text}» ({where}) es posterior a la fecha de vencimiento; se guardó como está escrita";

    public static string BadComponentOption(string text) =>
        $"«{text}» no es un componente; use su número, como «3» o «III»";

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

    public static string OpenQuote(int open, int close, int swallowed) =>
        $"la comilla (\") que abre una celda en la línea {open} no se cierra hasta la línea {close}, y se traga la línea {swallowed}, "
        + $"que parece una fila de actividad; cierre la comilla en la línea {open} o quítela";

    public static string InvalidUtf8(InvalidByte invalid) =>
        $"el byte 0x{invalid.Value:X2} (columna {invalid.Column} de la línea, posición {invalid.Offset} del archivo) no es UTF-8 válido, "
        + "y el resto del archivo sí lo es; corrija ese carácter o guarde el archivo de nuevo como «Texto Unicode (UTF-8)»";

    public static string YearOutOfRange(int year) =>
        $"el año del plan {year} no es válido; indique con --year un año entre {Plans.PlanYears.First} y {Plans.PlanYears.Last}";

    public static string ControlCharacter(char character, int position) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"la celda tiene un carácter de control (U+{(int)character:X4}) en la posición {position}; bórrelo y vuelva a importar el archivo");

    public const string DateInRange = "una fecha entre los años 2000 y 2100";

    public static string TooLarge(ImportLimits limits) =>
        $"el archivo pesa más de {limits.FileMegabytes} MB (el límite Import:MaxFileMegabytes); revise que sea el archivo del plan, "
        + "divídalo, o suba ese límite en appsettings.json si el plan de verdad es así de grande";

    public static string TooManyRows(ImportLimits limits) =>
        $"el archivo tiene más de {limits.Rows} filas (el límite Import:MaxRows); revise que sea el archivo del plan, "
        + "divídalo, o suba ese límite en appsettings.json si el plan de verdad es así de grande";

    public static string TooManyCells(ImportLimits limits) =>
        $"el archivo tiene más de {limits.Cells} celdas ({ImportLimits.CellsPerRow} por cada fila del límite Import:MaxRows); "
        + "una tabla del PAAC tiene unas siete columnas. Revise que sea el archivo del plan, o divídalo";

    public static readonly string TooManyColumns =
        $"la fila tiene contenido más allá de la columna {ImportLimits.Columns}; una tabla del PAAC tiene unas siete columnas. Borre el contenido sobrante";

    public static readonly string CellTooLong =
        $"la celda tiene más de {ImportLimits.CellChars} caracteres (el límite de Excel); acorte su texto";

    public static string ExpandedTooLarge(ImportLimits limits) =>
        $"el libro de Excel descomprimido ocupa más de {limits.ExpandedBytes / (1024 * 1024)} MB (cuatro veces el límite Import:MaxFileMegabytes); "
        + "guárdelo de nuevo solo con la tabla del plan";
}
