namespace Reminders.Core.Import;

/// <summary>A byte that is not valid UTF-8 in a file that otherwise is: its line, its byte column on that line (from 1), its offset in the file (from 0) and its value.</summary>
internal sealed record InvalidByte(int Line, int Column, long Offset, byte Value);
