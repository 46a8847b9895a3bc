namespace Reminders.Core.Import;

/// <summary>How the reader understood one header cell: <c>Respons</c> → <c>responsables</c>.</summary>
/// <param name="Table">Which table: its component and where its header is (<c>componente III, línea 2</c>).</param>
/// <param name="Header">The header text as the file writes it (two header rows joined: <c>Fecha Fin</c>).</param>
/// <param name="Meaning">What the column holds for the importer, or <c>no se usa</c>.</param>
public sealed record ColumnReading(string Table, string Header, string Meaning);
