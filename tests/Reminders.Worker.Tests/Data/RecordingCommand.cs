using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Reminders.Worker.Tests.Data;

/// <summary>A command of <see cref="RecordingConnection"/>: records its text when executed; parameters are SqlClient's own.</summary>
internal sealed class RecordingCommand(RecordingConnection connection, List<string> recorded) : DbCommand
{
    private readonly SqlCommand parameters = new();

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string CommandText { get; set; } = "";

    public override int CommandTimeout { get; set; }

    public override CommandType CommandType { get; set; } = CommandType.Text;

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    protected override DbConnection? DbConnection { get; set; } = connection;

    protected override DbParameterCollection DbParameterCollection => parameters.Parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel()
    {
    }

    public override int ExecuteNonQuery()
    {
        recorded.Add(CommandText);
        return 1;
    }

    public override object? ExecuteScalar()
    {
        recorded.Add(CommandText);
        return CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) ? DBNull.Value : 1L;
    }

    public override void Prepare()
    {
    }

    protected override DbParameter CreateDbParameter() => new SqlParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        recorded.Add(CommandText);
        var rows = new DataTable();
        if (CommandText.Contains("WITH (UPDLOCK, READPAST", StringComparison.Ordinal))
        {
            // One candidate for a claim, so the statements that claim it are sent (and recorded) too.
            rows.Columns.Add("id", typeof(long));
            rows.Rows.Add(1L);
        }

        else if (CommandText.Contains("OUTPUT INSERTED.id, INSERTED.sub_number, INSERTED.item_number", StringComparison.Ordinal))
        {
            // The new activity 1.1 of the recorded import, so its office links are sent (and recorded) too.
            rows.Columns.Add("id", typeof(long));
            rows.Columns.Add("sub_number", typeof(int));
            rows.Columns.Add("item_number", typeof(int));
            rows.Rows.Add(1L, 1, 1);
        }

        return rows.CreateDataReader();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            parameters.Dispose();
        }

        base.Dispose(disposing);
    }
}
