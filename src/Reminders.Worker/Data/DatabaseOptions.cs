namespace Reminders.Worker.Data;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string. For SQLite a relative <c>Data Source</c> resolves against the data directory.</summary>
    public string ConnectionString { get; set; } = "Data Source=reminders.db";

    /// <summary>
    /// Optional connection string with the rights migrations need (creating and altering tables), used only to migrate;
    /// then <see cref="ConnectionString"/> needs no DDL rights (deploy/sql/). Empty: migrations use <see cref="ConnectionString"/>.
    /// </summary>
    public string? MigrationsConnectionString { get; set; }
}
