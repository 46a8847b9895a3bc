using System.Data;
using System.Data.Common;

namespace Reminders.Worker.Tests.Data;

/// <summary>
/// A connection that runs nothing: it records the text of every command the product sends, answers queries with no
/// rows, scalars with NULL for a SELECT (so "find, else insert" paths insert) and 1 otherwise, and updates with 1 row.
/// </summary>
internal sealed class RecordingConnection(List<string> recorded) : DbConnection
{
    private ConnectionState state = ConnectionState.Closed;

    [System.Diagnostics.CodeAnalysis.AllowNull]
    public override string ConnectionString { get; set; } = "";

    public override string Database => "recording";

    public override string DataSource => "recording";

    public override string ServerVersion => "16.0";

    public override ConnectionState State => state;

    public override void ChangeDatabase(string databaseName)
    {
    }

    public override void Close() => state = ConnectionState.Closed;

    public override void Open() => state = ConnectionState.Open;

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => new RecordingTransaction(this, isolationLevel);

    protected override DbCommand CreateDbCommand() => new RecordingCommand(this, recorded);
}
