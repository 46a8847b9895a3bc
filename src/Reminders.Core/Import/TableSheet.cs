namespace Reminders.Core.Import;

/// <summary>The rows of one table: a delimited file (no sheet name) or one worksheet of a workbook.</summary>
internal sealed record TableSheet(string? Name, IReadOnlyList<TableRow> Rows);
