namespace Reminders.Core.Import;

/// <summary>One problem in a plan file: where it is, which column, the value found and what was expected.</summary>
/// <param name="File">The file name as given.</param>
/// <param name="Location">The line (<c>línea 7</c>) or sheet and cell (<c>hoja «Componente 3», celda F7</c>).</param>
/// <param name="Column">The column header (<c>Fecha Programada</c>), or empty for a file-level problem.</param>
/// <param name="Value">The value found.</param>
/// <param name="Expected">What was expected, in Spanish, for the administrator.</param>
public sealed record ImportError(string File, string Location, string Column, string Value, string Expected)
{
    public string Message =>
        string.IsNullOrEmpty(Column)
            ? $"{File}, {Location}: {Expected}"
            : $"{File}, {Location}, columna «{Column}»: valor «{Value}»; se esperaba {Expected}";

    public override string ToString() => Message;
}
