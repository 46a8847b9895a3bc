using Reminders.Core.Import;

namespace Reminders.Core.Tests.Import;

public class DelimitedTableReaderTests
{
    [Fact]
    public void Reads_quoted_fields_with_delimiters_doubled_quotes_and_line_breaks()
    {
        var sheet = DelimitedTableReader.Read("a;\"b;c\";\"d \"\"e\"\"\";\"f\r\ng\"\r\nh;i", ';');

        Assert.Equal(2, sheet.Rows.Count);
        Assert.Equal(["a", "b;c", "d \"e\"", "f\ng"], sheet.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(["h", "i"], sheet.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Keeps_the_physical_line_of_each_record_and_cell()
    {
        var sheet = DelimitedTableReader.Read("\n\"x\ny\"\tz\n\n\"1\n2\n3\"\tw\n", '\t');

        Assert.Equal([1, 2, 4, 5], sheet.Rows.Select(r => r.Number));
        Assert.Equal([2, 3], sheet.Rows[1].Cells.Select(c => c.Line));
        Assert.Equal([5, 7], sheet.Rows[3].Cells.Select(c => c.Line));
        Assert.Equal("línea 7", sheet.Rows[3].Location(1));
    }

    [Fact]
    public void Treats_a_quote_inside_an_unquoted_field_as_text_and_a_lone_carriage_return_as_a_line_break()
    {
        var sheet = DelimitedTableReader.Read("5\" pulgadas,b\rc,d", ',');

        Assert.Equal(["5\" pulgadas", "b"], sheet.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(2, sheet.Rows[1].Number);
    }

    [Fact]
    public void Chooses_the_delimiter_that_splits_the_header_into_the_most_known_columns()
    {
        var text = "Actividades, metas;Responsable;Fecha\n1,1 Hacer, ya;Control Interno;31/01/2022";

        var sheet = DelimitedTableReader.Read(text);

        Assert.Equal(["Actividades, metas", "Responsable", "Fecha"], sheet.Rows[0].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Keeps_at_most_one_row_past_the_row_limit_and_201_cells_of_a_row()
    {
        var text = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"fila {i}\t" + new string('\t', 300) + "fin"));

        var sheet = DelimitedTableReader.Read(text, maxRows: 4);

        Assert.Equal([1, 2, 3, 4, 5], sheet.Rows.Select(r => r.Number));
        Assert.All(sheet.Rows, r => Assert.Equal(201, r.Cells.Count));
        Assert.Equal("fila 5", sheet.Rows[4].Cells[0].Text);
    }

    [Fact]
    public void Keeps_rows_up_to_the_one_that_passes_the_cell_limit()
    {
        var text = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"fila {i}\ta\tb"));

        var sheet = DelimitedTableReader.Read(text, maxCells: 7);

        Assert.Equal([1, 2, 3], sheet.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Chooses_the_delimiter_by_every_row_and_cell_even_those_past_the_limits()
    {
        // With «;» the header (row 6, past the two rows kept) names three columns, two of them past column 201;
        // with tabs no row names more than one.
        var text = "a\tb\nc\td\ne\tf\ng\th\ni\tj\nActividades;" + new string(';', 250) + "Responsable;Fecha\n";

        var sheet = DelimitedTableReader.Read(text, maxRows: 2);

        Assert.Equal(["a\tb", "c\td", "e\tf"], sheet.Rows.Select(r => r.Cells[0].Text));
    }

    [Theory]
    [InlineData('\t')]
    [InlineData(';')]
    [InlineData(',')]
    public void Splits_any_text_into_the_records_and_cells_a_character_by_character_model_gives(char delimiter)
    {
        // Runs of plain characters are copied at once; the model reads one character at a time. Short random texts over
        // every character the rules treat apart (quotes, CR, LF, the three delimiters) and runs of plain text between them.
        var random = new Random(20261202);
        string[] pieces = ["\"", "\"\"", "\r", "\n", "\r\n", "\t", ";", ",", "a", "bcdefghijklmnopqrstuvwxyz0123456789", "ó ñ", " 1.3 "];
        for (var sample = 0; sample < 3000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));

            var sheet = DelimitedTableReader.Read(text, delimiter);

            var expected = DelimitedTextModel.Split(text, delimiter);
            Assert.True(
                expected.Select(r => (r.Line, string.Join("|", r.Cells))).SequenceEqual(
                    sheet.Rows.Select(r => (r.Number, string.Join("|", r.Cells.Select(c => (c.Text, c.Line)))))),
                $"texto {System.Text.Json.JsonSerializer.Serialize(text)}");
        }
    }

    [Fact]
    public void Chooses_the_delimiter_whose_best_row_names_the_most_known_columns_ties_to_the_earlier_as_a_model_of_every_cell_does()
    {
        // Records with no more filled cells than the best score so far are not looked at: random tables of header words,
        // quotes and the three delimiters, against a model that recognises every cell of every record.
        var random = new Random(20261203);
        string[] pieces =
            ["Actividades", "Responsable", "Fecha", "Meta o Producto", "No.", "Sub-Componente", "Inicio", "x", "1,1", "\"", "\n", "\r\n", "\t", ";", ",", " "];
        char[] delimiters = ['\t', ';', ','];
        for (var sample = 0; sample < 2000; sample++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => pieces[random.Next(pieces.Length)]));

            var scores = delimiters.Select(d => DelimitedTextModel.Split(text, d)
                .Select(r => r.Cells.Where(c => c.Text.Length > 0).Select(c => HeaderNames.Classify(c.Text.AsSpan())).OfType<ColumnKind>().Distinct().Count())
                .DefaultIfEmpty(0).Max()).ToList();
            var expected = delimiters[scores.IndexOf(scores.Max())];

            Assert.True(
                Rows(DelimitedTableReader.Read(text, expected)).SequenceEqual(Rows(DelimitedTableReader.Read(text))),
                $"texto {System.Text.Json.JsonSerializer.Serialize(text)}, puntajes {string.Join(", ", scores)}");
        }

        static IEnumerable<string> Rows(TableSheet sheet) => sheet.Rows.Select(r => string.Join("|", r.Cells.Select(c => c.Text)));
    }
}
