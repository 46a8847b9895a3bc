namespace Reminders.Worker.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string. For SQLite a relative <c>Data Source</c> resolves against the data directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=reminders.db";
}
