using Dapper;
using Microsoft.Data.Sqlite;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;

namespace Reminders.IntegrationTests.Data;

/// <summary>The prepared statement the SQLite outbox steps once a row, on a real SQLite file.</summary>
public sealed class SqliteStatementTests : IDisposable
{
    private readonly DatabaseTarget db = DatabaseTarget.Sqlite();
    private readonly SqliteConnection connection;

    public SqliteStatementTests()
    {
        connection = new SqliteConnection(db.Connections.ConnectionString);
        connection.Open();
        connection.Execute("CREATE TABLE t (k TEXT PRIMARY KEY, n INTEGER, b BLOB)");
    }

    [Fact]
    public void Each_execution_stores_the_values_bound_for_it_whatever_their_length()
    {
        // Longer than the statement's first buffer, then shorter: a text bound from a reused buffer must be SQLite's own copy.
        string[] texts = [new string('ñ', 300) + "fin", "Gestión «ciudadana»", "a", new string('x', 5_000), "b"];
        using (var insert = SqliteStatement.Prepare(connection, "INSERT INTO t (k, n) VALUES (@K, @N)"))
        {
            int k = insert.IndexOf("@K"), n = insert.IndexOf("@N");
            for (var i = 0; i < texts.Length; i++)
            {
                insert.Bind(k, texts[i]);
                insert.Bind(n, (long)i);
                insert.Execute();
            }
        }

        Assert.Equal(texts, connection.Query<string>("SELECT k FROM t ORDER BY n"));
    }

    [Fact]
    public void An_empty_text_or_blob_is_stored_empty_and_null_as_null()
    {
        using (var insert = SqliteStatement.Prepare(connection, "INSERT INTO t (k, n, b) VALUES (@K, @N, @B)"))
        {
            insert.Bind(1, string.Empty);
            insert.Bind(2, (object?)null);
            insert.Bind(3, Array.Empty<byte>());
            insert.Execute();
            insert.BindText(1, []);
            insert.Bind(2, DBNull.Value);
            insert.Bind(3, (object)new byte[] { 0, 1, 2 });
            Assert.Throws<SqliteException>(insert.Execute);
        }

        var row = connection.QuerySingle<(string K, string NType, string BType, long BLength)>(
            "SELECT k, typeof(n), typeof(b), length(b) FROM t");
        Assert.Equal((string.Empty, "null", "blob", 0L), row);
    }

    [Fact]
    public void A_value_already_taken_fails_as_a_unique_violation_and_the_statement_runs_again_after_it()
    {
        connection.Execute("INSERT INTO t (k) VALUES ('tomada')");
        using var insert = SqliteStatement.Prepare(connection, "INSERT INTO t (k) VALUES (@K)");

        insert.Bind(1, "tomada");
        var error = Assert.Throws<SqliteException>(insert.Execute);
        insert.Bind(1, "libre");
        insert.Execute();

        Assert.True(UniqueViolation.Is(error), error.Message);
        Assert.Equal(2, connection.ExecuteScalar<int>("SELECT count(*) FROM t"));
    }

    [Fact]
    public void The_rowid_of_each_insert_is_read_back()
    {
        using var insert = SqliteStatement.Prepare(connection, "INSERT INTO t (k) VALUES (@K)");

        insert.Bind(1, "uno");
        insert.Execute();
        var first = insert.LastInsertRowId;
        insert.Bind(1, "dos");
        insert.Execute();

        Assert.Equal(connection.Query<long>("SELECT rowid FROM t ORDER BY rowid"), [first, insert.LastInsertRowId]);
    }

    [Fact]
    public void A_statement_that_returns_rows_or_a_parameter_it_does_not_have_is_refused()
    {
        using var select = SqliteStatement.Prepare(connection, "SELECT 1");

        Assert.Throws<InvalidOperationException>(select.Execute);
        Assert.Throws<ArgumentException>(() => select.IndexOf("@Nada"));
        Assert.Throws<ArgumentException>(() => select.Bind(1, (object)DateTime.Now));
    }

    [Fact]
    public void Invalid_sql_fails_when_prepared()
    {
        Assert.Throws<SqliteException>(() => SqliteStatement.Prepare(connection, "INSERT INTO no_existe VALUES (1)"));
    }

    public void Dispose()
    {
        connection.Dispose();
        db.Dispose();
    }
}
