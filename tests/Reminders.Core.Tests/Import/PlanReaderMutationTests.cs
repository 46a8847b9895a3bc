using System.Text;
using System.Text.RegularExpressions;
using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

/// <summary>
/// Issue 7: thousands of seeded mutations of the sample plan, as text and as an .xlsx copy (truncated lines, shuffled
/// columns, random bytes, huge cells, wrong encodings, formulas, unbalanced quotes, header words in data cells). Each
/// ends in a sound plan or in errors that each name a place; none throws or hangs. Mutations that must not change the
/// reading (header words in data cells, the whole file in Windows-1252, another delimiter) must give the same activities.
/// The seed makes every run the same; a failure names the case to replay.
/// </summary>
public partial class PlanReaderMutationTests
{
    private const int Seed = 7007;
    private const int TextCases = 3000;
    private const int XlsxCases = 1000;

    private static readonly string[] HeaderWords = ["Subcomponente 1 ", "Actividades de ", "Meta: ", "Producto: ", "Responsable: ", "Fecha "];
    private static readonly string[] Formulas = ["=1+1", "=HIPERVINCULO(\"http://ejemplo.gov.co\")", "@SUMA(A1:A9)", "+cmd|' /C calc'!A0", "-2+3"];

    private enum Mutation
    {
        TruncatedLine,
        ShuffledColumns,
        RandomBytes,
        HugeCell,
        LineInWindows1252,
        WholeFileInWindows1252,
        Formula,
        UnbalancedQuote,
        HeaderWordsInData,
        DroppedOrRepeatedLine,
        OtherDelimiter,
    }

    [Fact(Timeout = 240_000)]
    public async Task Thousands_of_mutations_of_the_text_sample_end_in_a_sound_plan_or_in_errors_naming_the_place()
    {
        await Task.Yield();
        var original = PlanFiles.Describe(PlanFiles.Read(PlanFiles.SampleBytes));
        var random = new Random(Seed);
        var problems = new List<string>();
        var tally = new Dictionary<Mutation, (int Imported, int Refused)>();
        for (var n = 0; n < TextCases; n++)
        {
            var mutation = (Mutation)random.Next(Enum.GetValues<Mutation>().Length);
            var (bytes, name) = MutateText(mutation, random);
            Check(n, mutation, bytes, name, original, problems, tally);
        }

        Report("text", tally);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    [Fact(Timeout = 240_000)]
    public async Task A_thousand_mutations_of_an_xlsx_copy_end_in_a_sound_plan_or_in_errors_naming_the_place()
    {
        await Task.Yield();
        var original = PlanFiles.Describe(PlanFiles.Read(PlanFiles.SampleBytes));
        var random = new Random(Seed + 1);
        var problems = new List<string>();
        var tally = new Dictionary<Mutation, (int Imported, int Refused)>();
        for (var n = 0; n < XlsxCases; n++)
        {
            var mutation = (Mutation)random.Next(Enum.GetValues<Mutation>().Length);
            var rows = PlanFiles.SampleRows;
            MutateRows(mutation, rows, random);
            var bytes = PlanFiles.Xlsx(("Componente 3", rows.Select(r => r.Cast<object?>().ToArray())));
            if (mutation is Mutation.RandomBytes or Mutation.TruncatedLine)
            {
                bytes = mutation == Mutation.RandomBytes ? Scramble(bytes, random) : bytes[..random.Next(bytes.Length)];
            }

            Check(n, mutation, bytes, "paac.xlsx", original, problems, tally);
        }

        Report("xlsx", tally);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    private static (byte[] Bytes, string Name) MutateText(Mutation mutation, Random random)
    {
        var rows = PlanFiles.SampleRows;
        switch (mutation)
        {
            case Mutation.RandomBytes:
                return (Scramble(PlanFiles.SampleBytes, random), "paac.tsv");
            case Mutation.WholeFileInWindows1252:
                return (TextDecoderTests.Windows1252.GetBytes(PlanFiles.SampleText), "paac.tsv");
            case Mutation.LineInWindows1252:
                var lines = PlanFiles.SampleText.Split('\n');
                var at = random.Next(lines.Length);
                var bytes = new List<byte>();
                for (var i = 0; i < lines.Length; i++)
                {
                    bytes.AddRange((i == at ? TextDecoderTests.Windows1252 : Encoding.UTF8).GetBytes(lines[i] + (i < lines.Length - 1 ? "\n" : "")));
                }

                return ([.. bytes], "paac.tsv");
            case Mutation.OtherDelimiter:
                var delimiter = random.Next(2) == 0 ? ';' : ',';
                return (Encoding.UTF8.GetBytes(PlanFiles.Delimited(rows, delimiter, random.Next(2) == 0 ? "\n" : "\r\n")), "paac.csv");
            case Mutation.UnbalancedQuote:
                var (row, column) = RandomCell(rows, random);
                rows[row][column] = "\"" + rows[row][column];
                return (Encoding.UTF8.GetBytes(string.Join("\n", rows.Select(r => string.Join('\t', r)))), "paac.tsv");
            default:
                MutateRows(mutation, rows, random);
                return (Encoding.UTF8.GetBytes(PlanFiles.Delimited(rows, '\t')), "paac.tsv");
        }
    }

    /// <summary>The cell-level mutations, shared by the text and the .xlsx copies.</summary>
    private static void MutateRows(Mutation mutation, List<string[]> rows, Random random)
    {
        var (row, column) = RandomCell(rows, random);
        switch (mutation)
        {
            case Mutation.TruncatedLine:
                var cut = random.Next(rows[row].Length + 1);
                rows[row] = [.. rows[row].Take(cut).Select((c, i) => i == cut - 1 ? c[..random.Next(c.Length + 1)] : c)];
                break;
            case Mutation.ShuffledColumns:
                var order = Enumerable.Range(0, rows.Max(r => r.Length)).OrderBy(_ => random.Next()).ToArray();
                for (var i = 0; i < rows.Count; i++)
                {
                    var cells = rows[i];
                    rows[i] = [.. order.Select(o => o < cells.Length ? cells[o] : "")];
                }

                break;
            case Mutation.HugeCell:
                rows[row][column] = new string('x', random.Next(ImportLimits.CellChars + 1, 200_000));
                break;
            case Mutation.Formula:
                rows[row][column] = Formulas[random.Next(Formulas.Length)];
                break;
            case Mutation.HeaderWordsInData:
                var data = Enumerable.Range(0, rows.Count).Where(i => rows[i].Length > 5 && ActivityCell().IsMatch(rows[i][1])).ToList();
                var target = rows[data[random.Next(data.Count)]];
                var cell = new[] { 0, 2, 3 }[random.Next(3)];
                target[cell] = HeaderWords[random.Next(HeaderWords.Length)] + target[cell];
                break;
            case Mutation.DroppedOrRepeatedLine:
                if (random.Next(2) == 0)
                {
                    rows.RemoveAt(row);
                }
                else
                {
                    rows.Insert(row, [.. rows[row]]);
                }

                break;
            case Mutation.UnbalancedQuote:
                rows[row][column] = "\"" + rows[row][column];
                break;
            default:
                break;
        }
    }

    private static (int Row, int Column) RandomCell(List<string[]> rows, Random random)
    {
        var row = random.Next(rows.Count);
        return (row, rows[row].Length == 0 ? 0 : random.Next(rows[row].Length));
    }

    private static byte[] Scramble(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private static void Check(
        int n, Mutation mutation, byte[] bytes, string name, List<string> original, List<string> problems,
        Dictionary<Mutation, (int Imported, int Refused)> tally)
    {
        PlanReadResult result;
        try
        {
            result = PlanReader.Read(new MemoryStream(bytes), name);
        }
        catch (Exception e)
        {
            problems.Add($"case {n} ({mutation}): threw {e.GetType().Name}: {e.Message}");
            return;
        }

        var (imported, refused) = tally.GetValueOrDefault(mutation);
        tally[mutation] = result.Succeeded ? (imported + 1, refused) : (imported, refused + 1);
        if (result.Succeeded)
        {
            foreach (var a in result.Plan!.Activities)
            {
                if (a.Text.Length == 0 || a.Offices.Count == 0 || a.Offices.Any(o => o.Any(char.IsControl) || o.Contains('Ã', StringComparison.Ordinal))
                    || a.Schedule.Due is { } due && due.Year is < 2000 or > 2100)
                {
                    problems.Add($"case {n} ({mutation}): unsound activity {a.Number} «{a.Text}» [{string.Join(" + ", a.Offices.Select(o => string.Concat(o.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()))))}] {a.Schedule}");
                }
            }

            if (mutation is Mutation.HugeCell)
            {
                problems.Add($"case {n} ({mutation}): a cell over {ImportLimits.CellChars} characters was imported");
            }
        }
        else if (result.Errors.Count == 0 || result.Errors.Any(e => e.File.Length == 0 || !Place().IsMatch(e.Location)))
        {
            problems.Add($"case {n} ({mutation}): refused without naming the place: {string.Join(" | ", result.Errors)}");
        }

        var mustRead = mutation is Mutation.WholeFileInWindows1252 or Mutation.OtherDelimiter
            || (mutation is Mutation.HeaderWordsInData && !name.EndsWith(".xlsx", StringComparison.Ordinal));
        if (mustRead && (!result.Succeeded || !Same(original, PlanFiles.Describe(result), mutation)))
        {
            problems.Add($"case {n} ({mutation}): read differently from the sample: {string.Join(" | ", result.Errors)}");
        }
    }

    /// <summary>Header words change one cell's text, so only the activity numbers and dates must be the same.</summary>
    private static bool Same(List<string> original, List<string> read, Mutation mutation) =>
        mutation != Mutation.HeaderWordsInData
            ? original.SequenceEqual(read)
            : original.Select(Key).SequenceEqual(read.Select(Key));

    private static string Key(string described)
    {
        var fields = described.Split('|');
        return $"{fields[0]}|{fields[4]}|{fields[^1]}";
    }

    private static void Report(string kind, Dictionary<Mutation, (int Imported, int Refused)> tally) =>
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{kind}: " + string.Join(", ", tally.OrderBy(t => t.Key).Select(t => $"{t.Key} {t.Value.Imported} imported / {t.Value.Refused} refused")));

    [GeneratedRegex(@"^(línea \d+|hoja «[^»]*»(, (celda [A-Z]+\d+|fila \d+))?|libro|archivo|--year)$")]
    private static partial Regex Place();

    [GeneratedRegex(@"^\d+[.,]\d+$")]
    private static partial Regex ActivityCell();
}
