using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using Quartz;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Jobs;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Microsoft.Extensions.Options;
using Reminders.Worker.Planning;

namespace Reminders.IntegrationTests.Worker;

/// <summary>
/// The start-up catch-up with the last planning date in a real SQLite file (the worker's own services, no plan imported); the Quartz scheduler is a substitute (the
/// seam: whether the planning job is fired is what is checked, not Quartz).
/// </summary>
public sealed class StartupCatchUpTests : IDisposable
{
    private readonly string directory = TempDirectory.Create();
    private readonly IScheduler scheduler = Substitute.For<IScheduler>();

    [Fact]
    public async Task A_planning_run_missed_while_the_service_was_down_is_fired_at_start_up()
    {
        // Planning last ran Monday 2022-03-07; the service starts Wednesday 2022-03-09 at 08:00 in Bogotá (13:00 UTC).
        await StartAsync(lastRun: new DateOnly(2022, 3, 7), utc: new DateTimeOffset(2022, 3, 9, 13, 0, 0, TimeSpan.Zero));

        await scheduler.Received(1).TriggerJob(Arg.Is<JobKey>(k => k.Name == "planning"), Arg.Any<JobDataMap>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_first_start_after_the_days_fire_time_fires_planning()
    {
        await StartAsync(lastRun: null, utc: new DateTimeOffset(2022, 3, 9, 12, 0, 0, TimeSpan.Zero));

        await scheduler.Received(1).TriggerJob(Arg.Is<JobKey>(k => k.Name == "planning"), Arg.Any<JobDataMap>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task Nothing_is_fired_when_planning_already_ran_today()
    {
        await StartAsync(lastRun: new DateOnly(2022, 3, 9), utc: new DateTimeOffset(2022, 3, 9, 13, 0, 0, TimeSpan.Zero));

        await scheduler.DidNotReceiveWithAnyArgs().TriggerJob(default!, default!, Ct);
    }

    [Fact]
    public async Task Nothing_is_fired_before_the_days_fire_time_when_yesterday_ran()
    {
        // 06:59 in Bogotá (11:59 UTC): yesterday ran and today's 07:00 has not come yet.
        await StartAsync(lastRun: new DateOnly(2022, 3, 8), utc: new DateTimeOffset(2022, 3, 9, 11, 59, 0, TimeSpan.Zero));

        await scheduler.DidNotReceiveWithAnyArgs().TriggerJob(default!, default!, Ct);
    }

    [Fact]
    public async Task Today_is_the_date_in_the_configured_time_zone()
    {
        // 2022-03-10 03:00 UTC is still 2022-03-09 22:00 in Bogotá, where planning already ran that day.
        await StartAsync(lastRun: new DateOnly(2022, 3, 9), utc: new DateTimeOffset(2022, 3, 10, 3, 0, 0, TimeSpan.Zero));

        await scheduler.DidNotReceiveWithAnyArgs().TriggerJob(default!, default!, Ct);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private async Task StartAsync(DateOnly? lastRun, DateTimeOffset utc)
    {
        using var worker = new InProcessWorker(directory, time: new FakeTimeProvider(utc));
        var runs = worker.Get<SchedulerRuns>();
        if (lastRun is { } date)
        {
            await runs.SetLastRunAsync("planning", date, Ct);
        }

        var schedulers = Substitute.For<ISchedulerFactory>();
        schedulers.GetScheduler(Arg.Any<CancellationToken>()).Returns(scheduler);
        var catchUp = new StartupCatchUp(
            schedulers, runs, worker.Get<PlanningService>(),
            Microsoft.Extensions.Options.Options.Create(new SchedulesOptions { Planning = "0 0 7 ? * MON-FRI", Delivery = "0 0/5 * ? * *" }),
            worker.Get<IOptions<RemindersOptions>>(),
            new EntityClock(worker.Time, TimeZoneInfo.FindSystemTimeZoneById("America/Bogota")), NullLogger<StartupCatchUp>.Instance);

        await catchUp.StartAsync(Ct);
        await catchUp.StopAsync(Ct);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
