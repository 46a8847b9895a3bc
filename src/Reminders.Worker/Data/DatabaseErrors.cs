using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Reminders.Worker.Data;

/// <summary>
/// Turns a failure to reach or use the database into one Spanish line that names the provider, the settings to check
/// and what to do — never a stack trace.
/// </summary>
public static class DatabaseErrors
{
    /// <summary>SQLite's result code for a database another process holds locked (SQLITE_BUSY).</summary>
    private const int SqliteBusy = 5;

    private const int SqliteLocked = 6;

    /// <summary>One line describing <paramref name="exception"/> for an administrator.</summary>
    public static string Describe(Exception exception, DatabaseProvider? provider = null)
    {
        var cause = Innermost(exception);
        var name = provider ?? cause switch
        {
            SqliteException => DatabaseProvider.Sqlite,
            NpgsqlException => DatabaseProvider.Postgres,
            Microsoft.Data.SqlClient.SqlException => DatabaseProvider.SqlServer,
            _ => (DatabaseProvider?)null,
        };
        var what = cause switch
        {
            SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } =>
                "la base de datos está bloqueada por otro proceso (SQLite: database is locked). Espere a que termine la otra "
                + "orden o el servicio y vuelva a intentarlo",
            SqliteException sqlite => $"{Trim(sqlite.Message)}. Revise Database:ConnectionString (el archivo y sus permisos)",
            PostgresException postgres => $"el servidor respondió «{Trim(postgres.MessageText)}» ({postgres.SqlState}). "
                + "Revise Database:ConnectionString (base de datos, usuario y contraseña)",
            NpgsqlException npgsql => $"no se pudo conectar con el servidor PostgreSQL ({Trim(npgsql.InnerException?.Message ?? npgsql.Message)}). "
                + "Revise Database:ConnectionString (Host, Port) y que el servidor esté en marcha",
            DbException db => $"{Trim(db.Message)}. Revise Database:ConnectionString y que el servidor esté disponible",
            // Our own explanation, which already names the settings to check.
            DatabaseUnavailableException own => Trim(own.Message),
            _ => $"{Trim(cause.Message)}. Revise Database:Provider y Database:ConnectionString",
        };
        return $"Base de datos{(name is null ? "" : $" (Database:Provider = {name})")}: {what}.";
    }

    /// <summary>True for the exceptions <see cref="Describe"/> is meant for.</summary>
    public static bool IsDatabaseFailure(Exception exception) =>
        exception is DatabaseUnavailableException or DbException || exception.InnerException is DbException;

    private static Exception Innermost(Exception exception)
    {
        var current = exception;
        while (current is DatabaseUnavailableException && current.InnerException is not null)
        {
            current = current.InnerException;
        }

        return current;
    }

    private static string Trim(string message) => message.Trim().TrimEnd('.').Trim();
}
