using Microsoft.Extensions.Options;

namespace Reminders.Worker.Data;

/// <summary>Checks the <c>Database</c> section at start-up.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                "Database:ConnectionString está vacío; indique la cadena de conexión (por ejemplo \"Data Source=reminders.db\").");
        }

        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail("Database:Provider debe ser Sqlite, Postgres o SqlServer.");
        }

        return ValidateOptionsResult.Success;
    }
}
