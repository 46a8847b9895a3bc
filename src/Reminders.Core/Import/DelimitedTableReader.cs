using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Reminders.Core.Import;

/// <summary>
/// Reads tab-, semicolon- or comma-separated text with standard quoting (a quoted field may hold the
/// delimiter, doubled quotes and line breaks), keeping the physical line where each record and cell starts.
/// The delimiter is the one that splits the header row into the most recognised columns.
/// A quoted cell may hold line breaks (Excel writes them), but one whose lines themselves look like activity rows
/// (delimited cells with an activity number) is a quote left open: it is reported naming both lines, not imported.
/// The delimiter is chosen by passes at once, one per delimiter: the tab one keeps its rows, the others only their score.
/// Memory stays bounded by the limits (<see cref="ImportLimits"/>), never by the text: rows are kept up to the one that
/// passes <c>maxRows</c> rows or <c>maxCells</c> cells (it is reported), with at most <see cref="ImportLimits.Columns"/> + 1
/// cells a row (a row that has more is reported). Every row and cell still counts for the choice of the delimiter.
/// </summary>
internal static partial class DelimitedTableReader
{
    private static readonly char[] Delimiters = ['\t', ';', ','];

    /// <summary>What ends a run of ordinary characters outside quotes, by delimiter: the delimiter, a line break, a quote.</summary>
    private static readonly SearchValues<char>[] OutsideStops = [.. Delimiters.Select(d => SearchValues.Create([d, '\n', '\r', '"']))];

    /// <summary>What ends a run inside quotes: a quote (closing or doubled) or a line break.</summary>
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\n\r");

    public static TableSheet Read(string text, int maxRows = int.MaxValue, long maxCells = long.MaxValue)
    {
        // Tabs are what exports write: the text is split and kept by tabs while the other delimiters are only scored, on
        // the other cores; it is split again only when another delimiter names more columns (ties go to the earlier one).
        TableSheet? byTabs = null;
        var scores = new int[Delimiters.Length];
        Parallel.For(0, Delimiters.Length, i =>
        {
            var kinds = new Dictionary<string, ColumnKind?>(StringComparer.Ordinal);
            var sheet = Read(text, Delimiters[i], i == 0, maxRows, maxCells, kinds, out scores[i]);
            if (i == 0)
            {
                byTabs = sheet;
            }
        });

        var best = 0;
        for (var i = 1; i < Delimiters.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best == 0 ? byTabs! : Read(text, Delimiters[best], keep: true, maxRows, maxCells, null, out _);
    }

    public static TableSheet Read(string text, char delimiter) => Read(text, delimiter, keep: true, int.MaxValue, long.MaxValue, null, out _);

    /// <summary>
    /// The table as split by <paramref name="delimiter"/>, when <paramref name="keep"/> keeping rows up to the one that
    /// passes <paramref name="maxRows"/> rows or <paramref name="maxCells"/> cells; and, when <paramref name="kinds"/> is
    /// given (the headers recognised so far, by cell text), its <paramref name="score"/>.
    /// </summary>
    private static TableSheet Read(
        string text, char delimiter, bool keep, int maxRows, long maxCells, Dictionary<string, ColumnKind?>? kinds, out int score)
    {
        var keptCells = 0L;
        var best = 0;
        // The filled cells of the record being read, one after the other, and where each ends: scored at the record's end.
        var filled = new FieldBuffer();
        var filledEnds = new List<int>();
        var rows = new List<TableRow>();
        var cells = new List<TableCell>();
        var field = new FieldBuffer();
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
            if (kinds is not null && field.Length > 0)
            {
                filled.Append(field.Span);
                filledEnds.Add(filled.Length);
            }

            if (keep && cells.Count <= ImportLimits.Columns)
            {
                cells.Add(new TableCell(field.ToString(), fieldLine));
            }

            field.Clear();
            quoted = false;
            fieldLine = line;
        }

        void EndRecord()
        {
            EndField();
            // A record names at most as many columns as it has filled cells: one with no more than the best so far cannot
            // raise the score, and its cells need not be recognised (docs/benchmarks.md, "Import", round 5).
            if (filledEnds.Count > best)
            {
                var named = 0;
                var start = 0;
                foreach (var end in filledEnds)
                {
                    if (Classify(filled.Span[start..end], kinds!) is { } kind)
                    {
                        named |= 1 << (int)kind;
                    }

                    start = end;
                }

                best = Math.Max(best, System.Numerics.BitOperations.PopCount((uint)named));
            }

            filled.Clear();
            filledEnds.Clear();
            if (keep && rows.Count <= maxRows && keptCells <= maxCells)
            {
                rows.Add(new TableRow([.. cells], recordLine, null));
                keptCells += cells.Count;
            }

            cells.Clear();
            recordLine = line;
            fieldLine = line;
            pending = false;
        }

        var stops = Stops(delimiter);
        for (var i = 0; i < text.Length; i++)
        {
            // A run of characters that only go into the cell is copied at once (found by the vectorised search); the
            // character that ends it is read below, one at a time (docs/benchmarks.md, "Import", round 5).
            var run = text.AsSpan(i).IndexOfAny(inQuotes ? QuotedStops : stops);
            if (run != 0)
            {
                var chars = run < 0 ? text.AsSpan(i) : text.AsSpan(i, run);
                field.Append(chars);
                if (inQuotes)
                {
                    inner.Append(chars);
                }
                else
                {
                    pending = true;
                }

                i += chars.Length;
                if (i == text.Length)
                {
                    break;
                }
            }

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

    /// <summary>What ends a run outside quotes when the text is split by <paramref name="delimiter"/>.</summary>
    private static SearchValues<char> Stops(char delimiter) => Array.IndexOf(Delimiters, delimiter) is var at and >= 0
        ? OutsideStops[at]
        : SearchValues.Create([delimiter, '\n', '\r', '"']);

    /// <summary><see cref="HeaderNames.Classify(ReadOnlySpan{char})"/>, remembered for short cells: a plan repeats its offices, products and dates.</summary>
    private static ColumnKind? Classify(ReadOnlySpan<char> cell, Dictionary<string, ColumnKind?> kinds)
    {
        var known = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(cell, out var kind))
        {
            return kind;
        }

        kind = HeaderNames.Classify(cell);
        if (cell.Length <= 100 && kinds.Count < 10_000)
        {
            known[cell] = kind;
        }

        return kind;
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
