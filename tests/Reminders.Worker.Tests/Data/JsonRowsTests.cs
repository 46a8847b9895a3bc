using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Reminders.Worker.Data;

namespace Reminders.Worker.Tests.Data;

public class JsonRowsTests
{
    /// <summary>The runtime puts an object of this many bytes or more on the large-object heap.</summary>
    private const int LargeObjectBytes = 85_000;

    [Fact]
    public void Rows_are_cut_into_statements_whose_text_stays_off_the_large_object_heap_and_keeps_every_row_in_order()
    {
        var keys = Enumerable.Range(0, 5_000).Select(i => $"due|{1_000_000 + i}|47911|2022-06-20|15|oficina-{i}@ejemplo.gov.co").ToList();
        var buffer = new ArrayBufferWriter<byte>();
        var read = new List<string>();
        var statements = 0;

        for (var next = 0; next < keys.Count;)
        {
            (var json, next) = JsonRows.WriteFrom(buffer, keys, next, PlanJsonRows.BytesPerStatement, (writer, key) => writer.WriteStringValue(key));
            statements++;
            Assert.True(json.Length < LargeObjectBytes, $"a statement's text is {json.Length} bytes");
            read.AddRange(JsonSerializer.Deserialize<string[][]>(json)!.Select(row => Assert.Single(row)));
        }

        Assert.Equal(keys, read);
        Assert.True(statements > 1);
    }

    [Fact]
    public async Task Each_statement_runs_once_with_its_own_rows_bound_and_every_row_is_bound_once()
    {
        var rows = Enumerable.Range(0, 50).Select(i => $"fila-{i:D3}").ToList();
        var parameter = new SqliteParameter("@Rows", SqliteType.Blob);
        var bound = new List<string[][]>();

        await JsonRows.ExecuteAsync(parameter, new ArrayBufferWriter<byte>(), rows, maxBytes: 100, (writer, row) => writer.WriteStringValue(row),
            _ =>
            {
                bound.Add(JsonSerializer.Deserialize<string[][]>((byte[])parameter.Value!)!);
                return Task.CompletedTask;
            },
            TestContext.Current.CancellationToken);

        Assert.True(bound.Count > 1, $"{bound.Count} statement(s)");
        Assert.Equal(rows, bound.SelectMany(statement => statement.Select(row => Assert.Single(row))));
    }

    [Fact]
    public void A_row_longer_than_the_budget_still_goes_alone_into_its_statement()
    {
        var rows = new[] { "a", new string('x', 500), "b" };
        var buffer = new ArrayBufferWriter<byte>();

        var (first, next) = JsonRows.WriteFrom(buffer, rows, 0, maxBytes: 4, (writer, row) => writer.WriteStringValue(row));
        var (second, last) = JsonRows.WriteFrom(buffer, rows, next, maxBytes: 4, (writer, row) => writer.WriteStringValue(row));

        Assert.Equal("[[\"a\"]]", Encoding.UTF8.GetString(first));
        Assert.Equal(1, next);
        Assert.Equal($"[[\"{rows[1]}\"]]", Encoding.UTF8.GetString(second));
        Assert.Equal(2, last);
    }

    [Fact]
    public void Accented_letters_go_as_utf8_and_only_what_json_requires_is_escaped()
    {
        var (json, _) = JsonRows.WriteFrom(new ArrayBufferWriter<byte>(), ["Gestión «ciudadana» \"citada\" \\ <b>&\t"], 0, 1024, (writer, row) => writer.WriteStringValue(row));

        Assert.Equal("[[\"Gestión «ciudadana» \\\"citada\\\" \\\\ <b>&\\t\"]]", Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void The_import_budget_leaves_room_for_a_long_last_row_under_the_large_object_threshold()
    {
        // The bytes bound are the UTF-8 text itself; the last row may pass the budget by one row (an activity's text).
        Assert.True(PlanJsonRows.BytesPerStatement + 16_384 < LargeObjectBytes);
    }
}
