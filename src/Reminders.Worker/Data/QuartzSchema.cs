using System.Text.RegularExpressions;
using DbUp.Engine;

namespace Reminders.Worker.Data;

/// <summary>
/// Quartz's own tables for its clustered job store, as a numbered migration of the server providers: the schema script
/// the Quartz package ships for exactly its version (the one its <c>SchemaProvisioning.CreateIfMissing</c> would run),
/// with the default table prefix, and on SQL Server its statement separator turned into DbUp's batch separator.
/// </summary>
public static partial class QuartzSchema
{
    /// <summary>The journal name of the migration: 0005 on the server providers, the number free when it was added; the product's later scripts number past it.</summary>
    public const string ScriptName = "0005_quartz_tables.sql";

    /// <summary>The table prefix Quartz uses unless told otherwise.</summary>
    public const string TablePrefix = "qrtz_";

    public static SqlScript? For(DatabaseProvider provider)
    {
        var resource = provider switch
        {
            DatabaseProvider.Postgres => "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql",
            DatabaseProvider.SqlServer => "Quartz.Impl.AdoJobStore.Schema.create_sqlServer.sql",
            _ => null,
        };
        if (resource is null)
        {
            return null;
        }

        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Quartz package no longer ships {resource}.");
        using var reader = new StreamReader(stream);
        var prefix = provider == DatabaseProvider.SqlServer ? TablePrefix.ToUpperInvariant() : TablePrefix;
        var text = reader.ReadToEnd().Replace("{0}", prefix, StringComparison.Ordinal).Replace("{1}", prefix, StringComparison.Ordinal);
        if (provider == DatabaseProvider.SqlServer)
        {
            text = Separator().Replace(text, "GO");
        }

        return new SqlScript(ScriptName, text);
    }

    /// <summary>Quartz separates its statements by a line reading exactly <c>--;;</c>.</summary>
    [GeneratedRegex("^--;;\\r?$", RegexOptions.Multiline)]
    private static partial Regex Separator();
}
