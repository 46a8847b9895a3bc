using System.Buffers;
using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Reminders.Worker.Data;

/// <summary>
/// SQLite: rows as the JSON array of arrays that one INSERT reads through <c>json_each</c>
/// (<see cref="SqlDialect.InsertFromJsonRows"/>), used by the import's activities and links (<see cref="PlanJsonRows"/>).
/// The text is handed over as its UTF-8 bytes, which the statement reads as text (<c>CAST(@Rows AS TEXT)</c>): no UTF-16
/// string of it is made, and nothing is transcoded on either side (docs/benchmarks.md, "Import", round 4).
/// </summary>
internal static class JsonRows
{
    /// <summary>
    /// Text as UTF-8, escaping only what JSON requires (quotes, backslashes, control characters): the default encoder would
    /// write every accented letter of a Spanish plan as six bytes (<c>\u00F3</c>) for SQLite to decode again. This JSON goes
    /// only to SQLite as a statement's parameter, never into HTML or a script, which is what the default guards against.
    /// </summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The rows from <paramref name="start"/> on as one JSON text in UTF-8, as many as fit in about <paramref name="maxBytes"/>
    /// bytes (always at least one), and the index of the first row left for the next statement. <paramref name="buffer"/> is
    /// reset first, so one may serve every statement.
    /// </summary>
    public static (byte[] Json, int Next) WriteFrom<T>(
        ArrayBufferWriter<byte> buffer, IReadOnlyList<T> rows, int start, int maxBytes, Action<Utf8JsonWriter, T> fields)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(start, rows.Count);
        buffer.ResetWrittenCount();
        var next = start;
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            do
            {
                json.WriteStartArray();
                fields(json, rows[next++]);
                json.WriteEndArray();
            }
            while (next < rows.Count && json.BytesPending + json.BytesCommitted < maxBytes);

            json.WriteEndArray();
        }

        return (buffer.WrittenSpan.ToArray(), next);
    }

    /// <summary>
    /// Binds <paramref name="parameter"/> to the JSON of as many rows as fit in <paramref name="maxBytes"/> and runs
    /// <paramref name="execute"/>, statement after statement, until every row is written.
    /// </summary>
    public static async Task ExecuteAsync<T>(
        DbParameter parameter,
        ArrayBufferWriter<byte> buffer,
        IReadOnlyList<T> rows,
        int maxBytes,
        Action<Utf8JsonWriter, T> fields,
        Func<CancellationToken, Task> execute,
        CancellationToken cancellationToken)
    {
        for (var next = 0; next < rows.Count;)
        {
            (parameter.Value, next) = WriteFrom(buffer, rows, next, maxBytes, fields);
            await execute(cancellationToken).ConfigureAwait(false);
        }
    }

    public static void StringOrNull(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}
