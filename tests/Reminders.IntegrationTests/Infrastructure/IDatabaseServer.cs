namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// A database server the integration suite runs on (PostgreSQL always, SQL Server when one is named): the tests that
/// hold for every server provider take one of these, one subclass per provider.
/// </summary>
public interface IDatabaseServer
{
    /// <summary>The <c>Database:Provider</c> value for this server.</summary>
    string Provider { get; }

    /// <summary>Creates a new empty database and returns its connection string (fails, or skips, without a server).</summary>
    Task<string> CreateDatabaseAsync();
}
