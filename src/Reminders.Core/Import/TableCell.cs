namespace Reminders.Core.Import;

/// <summary>One cell of a plan table: its text and the physical line (or sheet row) where it starts.</summary>
internal sealed record TableCell(string Text, int Line);
