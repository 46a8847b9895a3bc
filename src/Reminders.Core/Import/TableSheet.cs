namespace Reminders.Core.Import;

/// <summary>The rows of one table: a delimited file (no sheet name) or one worksheet of a workbook.</summary>
/// <param name="Problems">What the reader found wrong in the text itself (a quote that swallows rows), with the line it starts on.</param>
internal sealed record TableSheet(string? Name, IReadOnlyList<TableRow> Rows, IReadOnlyList<(int Line, string Message)>? Problems = null);
