using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Quartz;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Data;
using Reminders.Worker.Delivery;
using Reminders.Worker.Jobs;
using Reminders.Worker.Outbox;
using Reminders.Worker.Planning;
using Reminders.Worker.Reports;
using Reminders.Core.Plans;
using Reminders.Core.Calendar;

namespace Reminders.IntegrationTests.Worker;

/// <summary>The scheduled jobs run in process on the worker's own services, a real SQLite file and the pickup folder.</summary>
public sealed class PlanningJobTests : IDisposable
{
    private const string Entity = "Alcaldía de Ejemplo";
    private readonly string directory = TempDirectory.Create();

    [Fact]
    public async Task The_planning_job_plans_today_in_bogota_remembers_the_date_and_delivers()
    {
        // 2022-03-02 03:00 UTC is still 2022-03-01 (22:00) in Bogotá: 30 days before the due date 2022-03-31.
        using var worker = await WorkerAsync(new DateTimeOffset(2022, 3, 2, 3, 0, 0, TimeSpan.Zero));

        await PlanningJob(worker).Execute(Substitute.For<IJobExecutionContext>(), Ct);

        var message = Assert.Single(await worker.Outbox.ListAsync(null, Ct));
        Assert.Equal(("2022-03-01", OutboxState.Sent), (message.RunDate, message.State));
        Assert.Single(Directory.GetFiles(Path.Combine(directory, "outbox"), "*.eml"));
        Assert.Equal(new DateOnly(2022, 3, 1), await worker.Get<SchedulerRuns>().LastRunAsync("planning", Ct));
    }

    [Fact]
    public async Task A_planning_run_on_a_database_with_no_plan_warns_that_nothing_was_imported()
    {
        using var worker = new InProcessWorker(directory, time: new FakeTimeProvider(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero)));
        var log = new FakeLogger<PlanningJob>();

        await PlanningJob(worker, logger: log).Execute(Substitute.For<IJobExecutionContext>(), Ct);

        var warning = Assert.Single(log.Collector.GetSnapshot(), r => r.Id.Id == 315);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("reminders import", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2022, 3, 1), await worker.Get<SchedulerRuns>().LastRunAsync("planning", Ct));
    }

    [Fact]
    public async Task A_planning_run_with_a_plan_gives_no_such_warning()
    {
        using var worker = await WorkerAsync(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var log = new FakeLogger<PlanningJob>();

        await PlanningJob(worker, logger: log).Execute(Substitute.For<IJobExecutionContext>(), Ct);

        Assert.DoesNotContain(log.Collector.GetSnapshot(), r => r.Id.Id == 315);
        Assert.Contains(log.Collector.GetSnapshot(), r => r.Id.Id == 300);
    }

    [Fact]
    public async Task A_failing_planning_run_is_logged_and_leaves_the_date_for_the_next_fire()
    {
        using var worker = await WorkerAsync(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using (var connection = await worker.Connections.OpenAsync(Ct))
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE notifications";
            await drop.ExecuteNonQueryAsync(Ct);
        }

        await PlanningJob(worker).Execute(Substitute.For<IJobExecutionContext>(), Ct);

        Assert.Null(await worker.Get<SchedulerRuns>().LastRunAsync("planning", Ct));
        Assert.Empty(await worker.Outbox.ListAsync(null, Ct));
    }

    [Fact]
    public async Task A_planning_run_stopped_with_the_service_records_nothing_and_does_not_throw()
    {
        using var worker = await WorkerAsync(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var lifetime = Substitute.For<IHostApplicationLifetime>();
        lifetime.ApplicationStopping.Returns(new CancellationToken(canceled: true));

        await PlanningJob(worker, lifetime).Execute(Substitute.For<IJobExecutionContext>(), Ct);

        Assert.Null(await worker.Get<SchedulerRuns>().LastRunAsync("planning", Ct));
        Assert.Empty(await worker.Outbox.ListAsync(null, Ct));
    }

    [Fact]
    public async Task The_delivery_job_sends_what_is_due()
    {
        using var worker = await WorkerAsync(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await worker.Get<PlanningService>().PlanAsync(new DateOnly(2022, 3, 1), record: true, null, Ct);
        Assert.Equal(OutboxState.Pending, Assert.Single(await worker.Outbox.ListAsync(null, Ct)).State);

        await DeliveryJob(worker).Execute(Substitute.For<IJobExecutionContext>(), Ct);

        Assert.Equal(OutboxState.Sent, Assert.Single(await worker.Outbox.ListAsync(null, Ct)).State);
        Assert.Single(Directory.GetFiles(Path.Combine(directory, "outbox"), "*.eml"));
    }

    [Fact]
    public async Task A_delivery_run_stopped_with_the_service_sends_nothing_and_does_not_throw()
    {
        using var worker = await WorkerAsync(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await worker.Get<PlanningService>().PlanAsync(new DateOnly(2022, 3, 1), record: true, null, Ct);
        var lifetime = Substitute.For<IHostApplicationLifetime>();
        lifetime.ApplicationStopping.Returns(new CancellationToken(canceled: true));

        await DeliveryJob(worker, lifetime).Execute(Substitute.For<IJobExecutionContext>(), Ct);

        Assert.Equal(OutboxState.Pending, Assert.Single(await worker.Outbox.ListAsync(null, Ct)).State);
    }

    [Fact]
    public async Task A_failing_delivery_run_is_logged_and_does_not_throw()
    {
        using var worker = await WorkerAsync(new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero));
        await using (var connection = await worker.Connections.OpenAsync(Ct))
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE outbox_messages";
            await drop.ExecuteNonQueryAsync(Ct);
        }

        await DeliveryJob(worker).Execute(Substitute.For<IJobExecutionContext>(), Ct);

        Assert.Empty(Directory.Exists(Path.Combine(directory, "outbox")) ? Directory.GetFiles(Path.Combine(directory, "outbox")) : []);
    }

    [Fact]
    public async Task The_migration_service_brings_a_new_database_up_to_date_at_start()
    {
        using var target = DatabaseTarget.Sqlite();
        var service = new DatabaseMigrationService(target.Migrator(), NullLogger<DatabaseMigrationService>.Instance);

        await service.StartAsync(Ct);
        await service.StopAsync(Ct);

        Assert.Empty(target.Migrate());
        Assert.Null(await new SchedulerRuns(target.Connections, TimeProvider.System).LastRunAsync("planning", Ct));
    }

    public void Dispose() => TempDirectory.Delete(directory);

    private async Task<InProcessWorker> WorkerAsync(DateTimeOffset now)
    {
        var worker = new InProcessWorker(directory, time: new FakeTimeProvider(now));
        await worker.Get<PlanStore>().ImportAsync(Entity, Plans.Of(Plans.Activity("1.1", "2022-03-31", "Planeación")), "plan.tsv", dryRun: false, Ct);
        await worker.Get<OfficeStore>().SetAsync(Entity, [new OfficeChange("Planeación", ["planeacion.oficina@ejemplo.gov.co"])], Ct);
        return worker;
    }

    private static PlanningJob PlanningJob(InProcessWorker worker, IHostApplicationLifetime? lifetime = null, ILogger<PlanningJob>? logger = null) => new(
        worker.Get<PlanningService>(), worker.Get<FollowUpMailer>(), worker.Get<DeliveryService>(), worker.Get<SchedulerRuns>(),
        worker.Get<EntityClock>(), lifetime ?? Substitute.For<IHostApplicationLifetime>(),
        logger ?? NullLogger<PlanningJob>.Instance);

    private static DeliveryJob DeliveryJob(InProcessWorker worker, IHostApplicationLifetime? lifetime = null) => new(
        worker.Get<DeliveryService>(), lifetime ?? Substitute.For<IHostApplicationLifetime>(), NullLogger<DeliveryJob>.Instance);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
