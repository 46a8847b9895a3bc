using System.Text;
using System.Text.RegularExpressions;

namespace Reminders.Core.Import;

/// <summary>
/// Reads tab-, semicolon- or comma-separated text with standard quoting (a quoted field may hold the
/// delimiter, doubled quotes and line breaks), keeping the physical line where each record and cell starts.
/// The delimiter is the one that splits the header row into the most recognised columns.
/// A quoted cell may hold line breaks (Excel writes them), but one whose lines themselves look like activity rows
/// (delimited cells with an activity number) is a quote left open: it is reported naming both lines, not imported.
/// Memory stays bounded by the limits (<see cref="ImportLimits"/>), never by the text: at most <c>maxRows</c> + 1 rows are
/// kept (the one past the limit is reported), and at most <see cref="ImportLimits.Columns"/> + 1 cells of a row (a row
/// that has more is reported). Every row and cell still counts for the choice of the delimiter.
/// </summary>
internal static partial class DelimitedTableReader
{
    private static readonly char[] Delimiters = ['\t', ';', ','];

    public static TableSheet Read(string text, int maxRows = int.MaxValue)
    {
        TableSheet? best = null;
        var bestScore = -1;
        foreach (var delimiter in Delimiters)
        {
            var sheet = Read(text, delimiter, maxRows, out var score);
            if (score > bestScore)
            {
                best = sheet;
                bestScore = score;
            }
        }

        return best!;
    }

    public static TableSheet Read(string text, char delimiter) => Read(text, delimiter, int.MaxValue, out _);

    /// <summary>
    /// The table as split by <paramref name="delimiter"/>, keeping at most <paramref name="maxRows"/> + 1 rows, and its
    /// <paramref name="score"/>: the most columns any row (kept or not) names, <see cref="HeaderNames.Score"/> of the whole row.
    /// </summary>
    private static TableSheet Read(string text, char delimiter, int maxRows, out int score)
    {
        var best = 0;
        var named = 0;
        var rows = new List<TableRow>();
        var cells = new List<TableCell>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var fieldLine = 1;
        var quoted = false;
        var inQuotes = false;
        var pending = false;
        var quoteLine = 0;
        var swallowed = 0;
        var inner = new StringBuilder();
        var problems = new List<(int Line, string Message)>();

        void CloseQuote()
        {
            CheckInnerLine();
            if (swallowed > 0)
            {
                problems.Add((quoteLine, ImportMessages.OpenQuote(quoteLine, line, swallowed)));
            }

            inQuotes = false;
        }

        void CheckInnerLine()
        {
            if (line > quoteLine && swallowed == 0 && LooksLikeActivityRow(inner.ToString(), delimiter))
            {
                swallowed = line;
            }

            inner.Clear();
        }

        void EndField()
        {
            var value = field.ToString();
            if (value.Length > 0 && HeaderNames.Classify(value) is { } kind)
            {
                named |= 1 << (int)kind;
            }

            if (cells.Count <= ImportLimits.Columns)
            {
                cells.Add(new TableCell(value, fieldLine));
            }

            field.Clear();
            quoted = false;
            fieldLine = line;
        }

        void EndRecord()
        {
            EndField();
            best = Math.Max(best, System.Numerics.BitOperations.PopCount((uint)named));
            named = 0;
            if (rows.Count <= maxRows)
            {
                rows.Add(new TableRow([.. cells], recordLine, null));
            }

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
                    CloseQuote();
                }
                else if (newline)
                {
                    field.Append('\n');
                    CheckInnerLine();
                    line++;
                }
                else
                {
                    field.Append(c);
                    inner.Append(c);
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
                quoteLine = line;
                swallowed = 0;
                inner.Clear();
            }
            else
            {
                field.Append(c);
                pending = true;
            }
        }

        if (inQuotes)
        {
            CloseQuote();
        }

        if (pending || field.Length > 0 || cells.Count > 0)
        {
            EndRecord();
        }

        score = best;
        return new TableSheet(null, rows, problems);
    }

    /// <summary>
    /// A line inside a quoted cell that reads as a row of its own: at least three delimited cells, one of them an activity
    /// number such as «1.3» (with tabs or semicolons, also a text starting with one). With commas only a cell that is
    /// just the number counts, since a numbered list in a quoted cell («1.1 Canales, grupos, temas») is ordinary text.
    /// </summary>
    private static bool LooksLikeActivityRow(string line, char delimiter)
    {
        var cells = line.Split(delimiter);
        var number = delimiter == ',' ? ActivityNumberCell() : LeadingActivityNumber();
        return cells.Length >= 3 && cells.Any(c => number.IsMatch(c));
    }

    [GeneratedRegex(@"^\s*\d{1,3}\s*[.,]\s*\d{1,3}\.?\s*$")]
    private static partial Regex ActivityNumberCell();

    [GeneratedRegex(@"^\s*\d{1,3}\s*[.,]\s*\d{1,3}\.?(\s|$)")]
    private static partial Regex LeadingActivityNumber();
}
