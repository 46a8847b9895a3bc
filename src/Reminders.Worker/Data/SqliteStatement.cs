using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Reminders.Worker.Data;

/// <summary>
/// SQLite: one statement prepared once on an open connection and run many times with its values bound by position, inside
/// whatever transaction the connection is in. For the outbox's inserts of a planning run (a message, its body and about 30
/// keys a message): Microsoft.Data.Sqlite looks every parameter up by name and makes a data reader on every execution,
/// and wrote the keys from a JSON array that .NET wrote and SQLite parsed again, which together cost more than the rows'
/// own inserts (docs/benchmarks.md, "Planning a country", round 15). Still a parameterised statement: values are bound,
/// never spliced into the SQL. A failed step throws the <see cref="SqliteException"/> a command would (a unique
/// violation: code 19, extended 1555 or 2067).
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;
    private byte[] text = ArrayPool<byte>.Shared.Rent(256);

    private SqliteStatement(sqlite3 db, sqlite3_stmt statement)
    {
        this.db = db;
        this.statement = statement;
    }

    public static SqliteStatement Prepare(SqliteConnection connection, string sql)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out var statement), db);
        return new SqliteStatement(db, statement);
    }

    /// <summary>The rowid of the row the last insert on this connection made (<c>sqlite3_last_insert_rowid</c>).</summary>
    public long LastInsertRowId => raw.sqlite3_last_insert_rowid(db);

    /// <summary>The position of a named parameter (<c>@Key</c>), looked up once instead of on every execution.</summary>
    public int IndexOf(string name)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        return index > 0 ? index : throw new ArgumentException($"The statement has no parameter {name}.", nameof(name));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

    public void BindNull(int index) => Check(raw.sqlite3_bind_null(statement, index));

    /// <summary>A text as UTF-8 (SQLite copies it), or NULL.</summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            BindNull(index);
            return;
        }

        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > text.Length)
        {
            ArrayPool<byte>.Shared.Return(text);
            text = ArrayPool<byte>.Shared.Rent(length);
        }

        BindText(index, text.AsSpan(0, Encoding.UTF8.GetBytes(value, text)));
    }

    /// <summary>A value of one of the types the outbox's columns take: text, integer, bytes (a blob), or null.</summary>
    public void Bind(int index, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                BindNull(index);
                break;
            case string s:
                Bind(index, s);
                break;
            case long l:
                Bind(index, l);
                break;
            case int i:
                Bind(index, i);
                break;
            case byte[] bytes:
                BindBlob(index, bytes);
                break;
            default:
                throw new ArgumentException($"SqliteStatement does not bind a {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>A text already in UTF-8 (SQLite copies it); an empty one is an empty text, not NULL.</summary>
    public void BindText(int index, ReadOnlySpan<byte> utf8) =>
        // An empty span has no address, and SQLite binds a text without one as NULL.
        Check(utf8.IsEmpty ? raw.sqlite3_bind_text(statement, index, string.Empty) : raw.sqlite3_bind_text(statement, index, utf8));

    /// <summary>A blob (SQLite copies it); an empty one is an empty blob, not NULL.</summary>
    public void BindBlob(int index, ReadOnlySpan<byte> bytes) =>
        Check(bytes.IsEmpty ? raw.sqlite3_bind_zeroblob(statement, index, 0) : raw.sqlite3_bind_blob(statement, index, bytes));

    /// <summary>Runs the statement once (it must return no rows) and makes it ready for the next values, after a failure too.</summary>
    public void Execute()
    {
        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                throw new InvalidOperationException("The statement returned a row; SqliteStatement runs statements that return none.");
            }

            if (rc != raw.SQLITE_DONE)
            {
                // The exception takes the connection's message now; the reset (below) leaves the statement ready to run again.
                SqliteException.ThrowExceptionForRC(rc, db);
            }
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }
    }

    public void Dispose()
    {
        statement.Dispose();
        ArrayPool<byte>.Shared.Return(text);
        text = [];
    }

    private void Check(int rc) => SqliteException.ThrowExceptionForRC(rc, db);
}
