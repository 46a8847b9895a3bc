using System.Globalization;

namespace Reminders.Worker.Data;

/// <summary>The few SQL differences between providers; everything else is plain, parameterised SQL.</summary>
public sealed class SqlDialect
{
    private SqlDialect(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }

    public static SqlDialect For(DatabaseProvider provider) => new(provider);

    /// <summary>An INSERT that yields the new row's id, for <c>ExecuteScalarAsync&lt;long&gt;</c>.</summary>
    public string InsertReturningId(string table, string columns, string values) => Provider == DatabaseProvider.SqlServer
        ? $"INSERT INTO {table} ({columns}) OUTPUT INSERTED.id VALUES ({values})"
        : $"INSERT INTO {table} ({columns}) VALUES ({values}) RETURNING id";

    /// <summary>A SELECT of at most <paramref name="limit"/> rows (a parameter name such as <c>@Limit</c>).</summary>
    public string Limit(string selectWithoutSelectKeyword, string orderBy, string limit) => Provider == DatabaseProvider.SqlServer
        ? $"SELECT TOP ({limit}) {selectWithoutSelectKeyword} ORDER BY {orderBy}"
        : $"SELECT {selectWithoutSelectKeyword} ORDER BY {orderBy} LIMIT {limit}";

    /// <summary>
    /// A SELECT of at most <paramref name="limit"/> rows that locks them for the caller's transaction and skips rows
    /// another transaction holds (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL, <c>UPDLOCK, READPAST</c> on SQL Server), so
    /// instances claiming at once take different rows instead of waiting on each other. SQLite has one writer at a time.
    /// </summary>
    public string LockSkippingLimit(string columns, string table, string where, string orderBy, string limit) => Provider switch
    {
        DatabaseProvider.SqlServer => $"SELECT TOP ({limit}) {columns} FROM {table} WITH (UPDLOCK, READPAST, ROWLOCK) WHERE {where} ORDER BY {orderBy}",
        DatabaseProvider.Postgres => $"SELECT {columns} FROM {table} WHERE {where} ORDER BY {orderBy} LIMIT {limit} FOR UPDATE SKIP LOCKED",
        _ => $"SELECT {columns} FROM {table} WHERE {where} ORDER BY {orderBy} LIMIT {limit}",
    };

    /// <summary>
    /// <c>column IN @List</c> for a list parameter. Dapper expands the list into one parameter per value, except on
    /// PostgreSQL, where it passes one array parameter that needs <c>= ANY(...)</c>.
    /// </summary>
    public string InList(string column, string listParameter) => Provider == DatabaseProvider.Postgres
        ? $"{column} = ANY({listParameter})"
        : $"{column} IN {listParameter}";

    /// <summary>
    /// SQLite only: <c>column IN</c> the values of the JSON array parameter <paramref name="arrayParameter"/> (one parameter
    /// however many values, where <see cref="InList"/> gives Dapper one named parameter per value, each looked up by name).
    /// </summary>
    public string InJsonArray(string column, string arrayParameter) => Provider == DatabaseProvider.Sqlite
        ? $"{column} IN (SELECT value FROM json_each({arrayParameter}))"
        : throw new NotSupportedException($"InJsonArray is SQLite's; {Provider} takes InList.");

    /// <summary>
    /// <c>column IN</c> the ids of one parameter whose value <see cref="IdList"/> makes: on SQLite a JSON array
    /// (<see cref="InJsonArray"/>), since SQLite looks every named parameter up along the statement's list of names and
    /// Dapper's expansion of a list gives one per id (docs/benchmarks.md, "Planning a country", round 4); elsewhere
    /// <see cref="InList"/>. The parameter must be given through Dapper's <c>DynamicParameters</c>, which expands the list
    /// by the value's own type.
    /// </summary>
    public string InIdList(string column, string parameter) => Provider == DatabaseProvider.Sqlite
        ? InJsonArray(column, parameter)
        : InList(column, parameter);

    /// <summary>
    /// The value of an <see cref="InIdList"/> parameter: the ids as a JSON array on SQLite (numbers joined by commas, which
    /// is all a JSON array of integers is; the JSON serializer's first use cost every delivery 5 ms at start), as they are
    /// elsewhere.
    /// </summary>
    public object IdList(long[] ids) => Provider == DatabaseProvider.Sqlite
        ? "[" + string.Join(',', ids.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]"
        : ids;

    /// <summary>
    /// PostgreSQL only: one outbox message (its <paramref name="columns"/> and <paramref name="values"/>) and its body
    /// (<c>@Mime</c>, <c>@Compression</c>) in one statement, returning the message's id, for <c>Outbox/BatchedMessageWriter</c>,
    /// which sends many in one round trip.
    /// </summary>
    public string InsertMessageWithBody(string columns, string values) => Provider == DatabaseProvider.Postgres
        ? $"""
          WITH message AS (INSERT INTO outbox_messages ({columns}) VALUES ({values}) RETURNING id)
          INSERT INTO outbox_bodies (message_id, mime, compression) SELECT id, @Mime, @Compression FROM message RETURNING message_id
          """
        : throw new NotSupportedException($"InsertMessageWithBody is PostgreSQL's; {Provider} inserts the message and its body apart.");

    /// <summary>
    /// SQLite only: an INSERT of one row per element of the JSON array parameter <paramref name="rowsParameter"/>, each
    /// element an array of the first <paramref name="fields"/> columns' values (JSON null for NULL), in the array's order,
    /// followed by <paramref name="sharedValues"/> for the remaining columns. One parameter however many rows: SQLite looks
    /// every named parameter up along the statement's list of names, so many parameters per statement cost more than the
    /// row itself (docs/benchmarks.md, "Planning a country"). Read with <c>jsonb_each</c>, which hands each row over as
    /// SQLite's binary JSON: with <c>json_each</c> every row was turned back into JSON text and parsed again by each
    /// <c>->></c> (~3 % of a country's first run, docs/benchmarks.md, "Planning a country", round 5). The parameter is the
    /// text's UTF-8 bytes (<see cref="JsonRows"/>), read as text by the <c>CAST</c>.
    /// </summary>
    public string InsertFromJsonRows(string table, string columns, int fields, string sharedValues, string rowsParameter)
    {
        if (Provider != DatabaseProvider.Sqlite)
        {
            throw new NotSupportedException($"InsertFromJsonRows is SQLite's; {Provider} inserts multi-row VALUES.");
        }

        var values = string.Join(", ", Enumerable.Range(0, fields).Select(i => string.Create(CultureInfo.InvariantCulture, $"value ->> {i}")));
        return $"INSERT INTO {table} ({columns}) SELECT {values}{(sharedValues.Length > 0 ? ", " + sharedValues : "")} FROM jsonb_each(CAST({rowsParameter} AS TEXT))";
    }
}
