namespace Reminders.Core.Tests.Import;

/// <summary>
/// An independent model of how a delimited text splits into records and cells, one character at a time, written from the
/// rules (docs/architecture.md, "Import"): a CR LF pair, a CR or an LF ends a record; a quote opens a quoted cell only as
/// the cell's first character; inside, a doubled quote is one quote, a quote closes it and a line break is kept as LF;
/// after the closing quote, characters are text again. Each cell keeps the line it starts on; each record, its first line.
/// </summary>
internal static class DelimitedTextModel
{
    public static List<(int Line, List<(string Text, int Line)> Cells)> Split(string text, char delimiter)
    {
        var records = new List<(int Line, List<(string Text, int Line)> Cells)>();
        var cells = new List<(string Text, int Line)>();
        var cell = new System.Text.StringBuilder();
        int line = 1, recordLine = 1, cellLine = 1;
        bool inQuotes = false, wasQuoted = false, started = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var lineBreak = c is '\n' or '\r';
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (inQuotes && c == '"')
            {
                var doubled = i + 1 < text.Length && text[i + 1] == '"';
                i += doubled ? 1 : 0;
                inQuotes = doubled;
                cell.Append(doubled ? "\"" : "");
            }
            else if (inQuotes)
            {
                cell.Append(lineBreak ? '\n' : c);
                line += lineBreak ? 1 : 0;
            }
            else if (lineBreak || c == delimiter)
            {
                line += lineBreak ? 1 : 0;
                cells.Add((cell.ToString(), cellLine));
                (cell.Length, wasQuoted, cellLine, started) = (0, false, line, !lineBreak);
                if (lineBreak)
                {
                    records.Add((recordLine, cells));
                    (cells, recordLine) = ([], line);
                }
            }
            else if (c == '"' && cell.Length == 0 && !wasQuoted)
            {
                inQuotes = wasQuoted = started = true;
            }
            else
            {
                cell.Append(c);
                started = true;
            }
        }

        if (started || cell.Length > 0 || cells.Count > 0)
        {
            cells.Add((cell.ToString(), cellLine));
            records.Add((recordLine, cells));
        }

        return records;
    }
}
