using Quartz;
using Reminders.Worker.Data;

namespace Reminders.Worker.Jobs;

/// <summary>
/// Quartz's persistent clustered job store on PostgreSQL or SQL Server (<c>Cluster:Enabled</c>): the triggers live in
/// the database tables our migrations create (<see cref="QuartzSchema"/>), each fire is taken by one instance, and an
/// instance that stops checking in has its work taken over (docs/architecture.md, "Several instances").
/// </summary>
internal static class ClusteredStore
{
    /// <summary>
    /// Whether the configuration asks for the clustered store on a server provider. Read at registration because it
    /// decides which store Quartz is built with; anything unreadable here counts as "no", and the options validation
    /// then stops the start with the setting named (clustering on SQLite is refused there too).
    /// </summary>
    public static bool IsRequested(IConfiguration configuration) =>
        bool.TryParse(configuration[$"{ClusterOptions.Section}:{nameof(ClusterOptions.Enabled)}"], out var enabled) && enabled
        && Enum.TryParse<DatabaseProvider>(configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"], ignoreCase: true, out var provider)
        && provider != DatabaseProvider.Sqlite;

    public static void Use(IQuartzBuilder quartz, IConfiguration configuration)
    {
        var options = Read(configuration);
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();

        // Each process names itself at start-up with an id no other process can share (host, process id, random part).
        quartz.UseInstanceIdGenerator(new ClusterInstanceIdGenerator());
        quartz.UsePersistentStore(store =>
        {
            store.ConfigureStore(s =>
            {
                s.TablePrefix = QuartzSchema.TablePrefix;
                s.MisfireThreshold = options.MisfireThreshold;
            });
            store.UseClustering(c =>
            {
                c.CheckinInterval = options.CheckinInterval;
                c.CheckinMisfireThreshold = options.MisfireThreshold;
            });
            if (database.Provider == DatabaseProvider.SqlServer)
            {
                store.UseSqlServer(database.ConnectionString);
            }
            else
            {
                store.UsePostgres(database.ConnectionString);
            }
        });

        // Stored triggers are kept as they are (their last fire included, so a fire missed while every instance was down
        // misfires once); ClusterScheduleSync replaces only those whose cron or zone changed.
        // (IgnoreDuplicates alone turns overwriting off; Quartz refuses both set at once.)
        quartz.Services.Configure<QuartzOptions>(o => o.Scheduling.IgnoreDuplicates = true);
    }

    private static ClusterOptions Read(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(ClusterOptions.Section).Get<ClusterOptions>() ?? new ClusterOptions();
        }
        catch (InvalidOperationException)
        {
            return new ClusterOptions();
        }
    }
}
