using System.Text.RegularExpressions;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// deploy/sql/sqlserver/create-database.sql as sqlcmd would run it, for a test: the sqlcmd variables set, the database
/// and login names made unique, and the script split into its GO batches.
/// </summary>
public static partial class SqlServerDeployScript
{
    public static IReadOnlyList<string> Batches(string script, string suffix, string migratorPassword, string appPassword)
    {
        var text = script
            .Replace("$(MigratorPassword)", migratorPassword, StringComparison.Ordinal)
            .Replace("$(AppPassword)", appPassword, StringComparison.Ordinal)
            .Replace("reminders_migrator", $"reminders_migrator_{suffix}", StringComparison.Ordinal)
            .Replace("reminders_app", $"reminders_app_{suffix}", StringComparison.Ordinal)
            .Replace("DATABASE Reminders", $"DATABASE reminders_{suffix}", StringComparison.Ordinal)
            .Replace("USE Reminders", $"USE reminders_{suffix}", StringComparison.Ordinal);
        return [.. Go().Split(text).Where(batch => !string.IsNullOrWhiteSpace(batch))];
    }

    [GeneratedRegex("^\\s*GO\\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Go();
}
