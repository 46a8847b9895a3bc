using System.Data;
using System.Data.Common;

namespace Reminders.Worker.Data;

/// <summary>
/// The reused, explicitly typed commands the batched writers (<see cref="PlanWriter"/>, the outbox writer) prepare once
/// and run many times, as plain ADO.NET: Dapper would rebuild the parameters on every call.
/// </summary>
internal static class DbCommands
{
    public static DbCommand Create(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    /// <summary>
    /// Runs <paramref name="run"/> on <paramref name="rows"/> in chunks of <paramref name="size"/>: every full chunk reuses
    /// one command (parsed and planned once), the last, shorter one gets its own; both are disposed at the end.
    /// </summary>
    public static async Task ForEachChunkAsync<T>(IEnumerable<T> rows, int size, Func<int, DbCommand> create, Func<DbCommand, T[], Task> run)
    {
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(size))
            {
                var command = chunk.Length == size ? full ??= create(size) : create(chunk.Length);
                try
                {
                    await run(command, chunk).ConfigureAwait(false);
                }
                finally
                {
                    if (command != full)
                    {
                        await command.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public static DbParameter Add(DbCommand command, string name, DbType type) => Add(command.Parameters, command.CreateParameter(), name, type);

    /// <inheritdoc cref="Add(DbCommand, string, DbType)"/>
    public static DbParameter Add(DbBatchCommand command, string name, DbType type) => Add(command.Parameters, command.CreateParameter(), name, type);

    private static DbParameter Add(DbParameterCollection parameters, DbParameter parameter, string name, DbType type)
    {
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameters.Add(parameter);
        return parameter;
    }
}
