using System.Text;

namespace Reminders.Core.Import;

/// <summary>
/// Reads tab-, semicolon- or comma-separated text with standard quoting (a quoted field may hold the
/// delimiter, doubled quotes and line breaks), keeping the physical line where each record and cell starts.
/// The delimiter is the one that splits the header row into the most recognised columns.
/// </summary>
internal static class DelimitedTableReader
{
    private static readonly char[] Delimiters = ['\t', ';', ','];

    public static TableSheet Read(string text)
    {
        TableSheet? best = null;
        var bestScore = -1;
        foreach (var delimiter in Delimiters)
        {
            var sheet = Read(text, delimiter);
            var score = sheet.Rows.Select(HeaderNames.Score).DefaultIfEmpty(0).Max();
            if (score > bestScore)
            {
                best = sheet;
                bestScore = score;
            }
        }

        return best!;
    }

    public static TableSheet Read(string text, char delimiter)
    {
        var rows = new List<TableRow>();
        var cells = new List<TableCell>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var fieldLine = 1;
        var quoted = false;
        var inQuotes = false;
        var pending = false;

        void EndField()
        {
            cells.Add(new TableCell(field.ToString(), fieldLine));
            field.Clear();
            quoted = false;
            fieldLine = line;
        }

        void EndRecord()
        {
            EndField();
            rows.Add(new TableRow([.. cells], recordLine, null));
            cells.Clear();
            recordLine = line;
            fieldLine = line;
            pending = false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var newline = c == '\n' || c == '\r';
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            if (inQuotes)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    field.Append(newline ? '\n' : c);
                    line += newline ? 1 : 0;
                }

                continue;
            }

            if (newline)
            {
                line++;
                EndRecord();
            }
            else if (c == delimiter)
            {
                EndField();
                pending = true;
            }
            else if (c == '"' && field.Length == 0 && !quoted)
            {
                inQuotes = quoted = pending = true;
            }
            else
            {
                field.Append(c);
                pending = true;
            }
        }

        if (pending || field.Length > 0 || cells.Count > 0)
        {
            EndRecord();
        }

        return new TableSheet(null, rows);
    }
}
