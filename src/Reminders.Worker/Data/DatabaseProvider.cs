namespace Reminders.Worker.Data;

/// <summary>The database engines the service stores its data in.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
