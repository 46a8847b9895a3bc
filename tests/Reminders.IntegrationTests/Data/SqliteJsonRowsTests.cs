using System.Buffers;
using Dapper;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;

namespace Reminders.IntegrationTests.Data;

/// <summary>Rows handed to SQLite as one JSON parameter (<see cref="SqlDialect.InsertFromJsonRows"/>), on a real SQLite file.</summary>
public sealed class SqliteJsonRowsTests
{
    private sealed record Row(string Text, long? Number, string? Maybe);

    [Fact]
    public async Task Every_value_arrives_as_it_was_written_in_the_rows_order_across_statements()
    {
        using var db = DatabaseTarget.Sqlite();
        await using var connection = await db.Connections.OpenAsync(TestContext.Current.CancellationToken);
        await connection.ExecuteAsync("CREATE TABLE rows_in (id INTEGER PRIMARY KEY, text TEXT NOT NULL, number INTEGER, maybe TEXT, shared TEXT NOT NULL)");
        var rows = Enumerable.Range(0, 900).Select(i => new Row(
            i % 3 == 0 ? $"Secretaría «{i}» \"citada\" \\ barra\ttab 😀 {new string('x', i % 50)}" : $"fila {i}",
            i % 4 == 0 ? null : long.MaxValue - i,
            i % 5 == 0 ? null : $"{i}")).ToList();
        var sql = SqlDialect.For(DatabaseProvider.Sqlite).InsertFromJsonRows("rows_in", "text, number, maybe, shared", fields: 3, sharedValues: "@Shared", rowsParameter: "@Rows");
        var buffer = new ArrayBufferWriter<byte>();
        var statements = 0;

        for (var next = 0; next < rows.Count; statements++)
        {
            (var json, next) = JsonRows.WriteFrom(buffer, rows, next, 4096, (writer, row) =>
            {
                writer.WriteStringValue(row.Text);
                if (row.Number is { } number)
                {
                    writer.WriteNumberValue(number);
                }
                else
                {
                    writer.WriteNullValue();
                }
                JsonRows.StringOrNull(writer, row.Maybe);
            });
            await connection.ExecuteAsync(sql, new { Rows = json, Shared = "común" });
        }

        var stored = (await connection.QueryAsync<(string Text, long? Number, string? Maybe, string Shared, string NumberType)>(
            "SELECT text, number, maybe, shared, typeof(number) FROM rows_in ORDER BY id")).ToList();
        Assert.True(statements > 1);
        Assert.Equal(rows, stored.Select(s => new Row(s.Text, s.Number, s.Maybe)));
        Assert.All(stored, s => Assert.Equal("común", s.Shared));
        Assert.All(stored, s => Assert.True(s.NumberType is "integer" or "null", s.NumberType));
    }
}
