using Reminders.Worker.Data;

namespace Reminders.Worker.Jobs;

/// <summary>Brings the database schema up to date when the service starts, before the scheduler fires anything.</summary>
internal sealed class DatabaseMigrationService(Migrator migrator, ILogger<DatabaseMigrationService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = migrator.Migrate();
        JobsLog.Migrated(logger, applied.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
