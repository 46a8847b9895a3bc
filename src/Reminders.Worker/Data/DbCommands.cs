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

    public static DbParameter Add(DbCommand command, string name, DbType type)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = type;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
