namespace Reminders.Core.Import;

/// <summary>
/// One cell of a plan table: its text and the physical line (or sheet row) where it starts. A value, not an object: a
/// table of 200,000 rows holds a million cells, most of them empty, and each costs only its slot in the row
/// (docs/reliability.md, "The limits").
/// </summary>
internal readonly record struct TableCell(string Text, int Line);
