namespace Reminders.Worker.Jobs;

/// <summary>
/// The <c>Cluster</c> section: several instances on one PostgreSQL or SQL Server database share Quartz's persistent
/// clustered job store, so one instance fires each trigger and another takes over when it dies (docs/architecture.md,
/// "Several instances").
/// </summary>
public sealed class ClusterOptions
{
    public const string Section = "Cluster";

    /// <summary>Use Quartz's clustered job store in the database. Off: each instance keeps its schedule in memory.</summary>
    public bool Enabled { get; set; }

    /// <summary>How often each instance records in the database that it is alive. Default: 15 seconds.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How late a check-in may be before the others take over the instance's work, and how late a fire may be before it
    /// counts as missed (then it fires once, not once per missed time). Default: 1 minute.
    /// </summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);
}
