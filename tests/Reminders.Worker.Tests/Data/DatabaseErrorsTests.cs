using Microsoft.Data.Sqlite;
using Npgsql;
using Reminders.Worker.Data;

namespace Reminders.Worker.Tests.Data;

public sealed class DatabaseErrorsTests
{
    [Fact]
    public void A_locked_sqlite_database_says_so_and_what_to_do()
    {
        var locked = new SqliteException("SQLite Error 5: 'database is locked'.", 5);

        Assert.Equal(
            "Base de datos (Database:Provider = Sqlite): la base de datos está bloqueada por otro proceso (SQLite: database is locked). "
            + "Espere a que termine la otra orden o el servicio y vuelva a intentarlo.",
            DatabaseErrors.Describe(locked));
    }

    [Fact]
    public void An_unreachable_postgres_server_names_the_connection_string_without_an_empty_parenthesis_or_a_doubled_period()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:1", new System.Net.Sockets.SocketException(111));
        var failure = new DatabaseUnavailableException("No se pudo abrir ni actualizar la base de datos: Failed to connect to 127.0.0.1:1", refused);

        var line = DatabaseErrors.Describe(failure, DatabaseProvider.Postgres);

        Assert.StartsWith("Base de datos (Database:Provider = Postgres): no se pudo conectar con el servidor PostgreSQL (", line, StringComparison.Ordinal);
        Assert.EndsWith("). Revise Database:ConnectionString (Host, Port) y que el servidor esté en marcha.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("()", line, StringComparison.Ordinal);
        Assert.DoesNotContain("..", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void A_postgres_refusal_quotes_the_server_and_its_sql_state()
    {
        var refusal = new PostgresException("password authentication failed for user \"paac\"", "FATAL", "FATAL", "28P01");

        Assert.Equal(
            "Base de datos (Database:Provider = Postgres): el servidor respondió «password authentication failed for user \"paac\"» (28P01). "
            + "Revise Database:ConnectionString (base de datos, usuario y contraseña).",
            DatabaseErrors.Describe(refusal));
    }
}
