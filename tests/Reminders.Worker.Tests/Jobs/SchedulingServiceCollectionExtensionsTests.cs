using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;
using Reminders.Core.Calendar;
using Reminders.Worker.Intake;
using Reminders.Worker.Jobs;
using Reminders.Worker.Mail.Smtp;

namespace Reminders.Worker.Tests.Jobs;

/// <summary>What the scheduler is given to run (its jobs and cron triggers), read from a scheduler that is not started.</summary>
public sealed class SchedulingServiceCollectionExtensionsTests
{
    [Fact]
    public async Task The_planning_and_delivery_jobs_fire_on_their_cron_in_the_configured_time_zone()
    {
        await using var services = Services(new() { ["Schedules:Planning"] = "0 30 6 ? * MON-SAT", ["Schedules:Delivery"] = "0 0/10 * ? * *", ["Reminders:TimeZone"] = "America/Lima" });
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var planning = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("planning-cron"), Ct), exactMatch: false);
        var delivery = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("delivery-cron"), Ct), exactMatch: false);
        Assert.Equal(("0 30 6 ? * MON-SAT", "America/Lima", "planning"), (planning.CronExpressionString, planning.TimeZone.Id, planning.JobKey.Name));
        Assert.Equal(("0 0/10 * ? * *", "America/Lima", "delivery"), (delivery.CronExpressionString, delivery.TimeZone.Id, delivery.JobKey.Name));
        var planningJob = (await scheduler.GetJobDetail(new JobKey("planning"), Ct))!;
        var deliveryJob = (await scheduler.GetJobDetail(new JobKey("delivery"), Ct))!;
        Assert.Equal((typeof(PlanningJob), "Planea los avisos del día y entrega el outbox"), (planningJob.JobType.Type, planningJob.Description));
        Assert.Equal((typeof(DeliveryJob), "Entrega los mensajes pendientes del outbox"), (deliveryJob.JobType.Type, deliveryJob.Description));
    }

    [Fact]
    public async Task Without_settings_planning_runs_weekdays_at_seven_and_delivery_every_five_minutes_in_bogota()
    {
        await using var services = Services([]);
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);

        var planning = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("planning-cron"), Ct), exactMatch: false);
        var delivery = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("delivery-cron"), Ct), exactMatch: false);
        Assert.Equal(("0 0 7 ? * MON-FRI", "America/Bogota"), (planning.CronExpressionString, planning.TimeZone.Id));
        Assert.Equal(("0 0/5 * ? * *", "America/Bogota"), (delivery.CronExpressionString, delivery.TimeZone.Id));
    }

    // The triggers read the validated options when the scheduler is built: a bad expression stops it naming the setting.
    [Theory]
    [InlineData("Schedules:Planning")]
    [InlineData("Schedules:Delivery")]
    public async Task An_invalid_cron_stops_the_scheduler_naming_the_setting(string setting)
    {
        await using var services = Services(new() { [setting] = "bogus" });

        var refused = await Assert.ThrowsAsync<SchedulerConfigException>(async () => await services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct));

        Assert.StartsWith($"{setting} no es una expresión cron válida de Quartz: «bogus»", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Migrations_then_the_scheduler_then_the_catch_up_then_the_start_banner_start_in_that_order()
    {
        var services = new ServiceCollection();
        services.AddScheduling(new ConfigurationBuilder().Build());

        var hosted = services.Where(d => d.ServiceType == typeof(IHostedService)).Select(d => d.ImplementationType?.Name).ToList();
        Assert.Equal(["DatabaseMigrationService", "QuartzHostedService", "StartupCatchUp", "ServiceBanner"], hosted);
        using var provider = services.BuildServiceProvider();
        Assert.True(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<QuartzHostedServiceOptions>>().Value.WaitForJobsToComplete);
        Assert.Equal("0 0 7 ? * MON-FRI", provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SchedulesOptions>>().Value.Planning);
    }

    [Fact]
    public async Task The_intake_job_is_scheduled_only_once_schedules_intake_names_a_time()
    {
        await using var off = Services([]);
        await using var on = Services(
            new()
            {
                ["Schedules:Intake"] = "0 0/10 7-18 ? * MON-FRI", ["Mail:Intake:Host"] = "imap.ejemplo.gov.co", ["Mail:Intake:UserName"] = "respuestas@ejemplo.gov.co",
                ["Mail:Intake:Password"] = "secreto", ["Mail:From"] = "PAAC <paac@ejemplo.gov.co>",
                ["Mail:Replies:Address"] = "respuestas@ejemplo.gov.co", ["Mail:Replies:Secret"] = new string('s', 32),
            },
            withMail: true);

        Assert.Null(await (await off.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct)).GetTrigger(new TriggerKey("intake-cron"), Ct));
        var scheduler = await on.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct);
        var intake = Assert.IsType<ICronTrigger>(await scheduler.GetTrigger(new TriggerKey("intake-cron"), Ct), exactMatch: false);
        Assert.Equal(("0 0/10 7-18 ? * MON-FRI", "intake"), (intake.CronExpressionString, intake.JobKey.Name));
        Assert.Equal(typeof(IntakeJob), (await scheduler.GetJobDetail(new JobKey("intake"), Ct))!.JobType.Type);
    }

    [Fact]
    public void Schedules_intake_without_a_mailbox_or_reply_secret_is_refused_naming_what_is_missing()
    {
        var services = new ServiceCollection();
        services.AddSchedulesOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Schedules:Intake"] = "0 0/10 * ? * *" }).Build());
        using var provider = services.BuildServiceProvider();

        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SchedulesOptions>>().Value);

        Assert.Equal(3, refused.Failures.Count());
        Assert.StartsWith("Schedules:Intake está configurado pero falta Mail:Intake:Host", refused.Failures.First(), StringComparison.Ordinal);
        Assert.Contains(refused.Failures, f => f.StartsWith("Schedules:Intake está configurado pero falta Mail:Replies:Secret", StringComparison.Ordinal));
        Assert.Contains(refused.Failures, f => f.StartsWith("Schedules:Intake está configurado pero falta Mail:Replies:Address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_quartz_section_passes_through_to_the_scheduler()
    {
        await using var services = Services(new() { ["Quartz:quartz.scheduler.instanceName"] = "Recordatorios" });

        Assert.Equal("Recordatorios", (await services.GetRequiredService<ISchedulerFactory>().GetScheduler(Ct)).SchedulerName);
    }

    [Fact]
    public async Task The_schedules_are_bound_and_validated()
    {
        await using var custom = Services(new() { ["Schedules:Planning"] = "0 15 8 ? * MON-FRI" });
        Assert.Equal("0 15 8 ? * MON-FRI", custom.GetRequiredService<Microsoft.Extensions.Options.IOptions<SchedulesOptions>>().Value.Planning);

        var services = new ServiceCollection();
        services.AddSchedulesOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Schedules:Delivery"] = "" }).Build());
        await using var provider = services.BuildServiceProvider();
        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(
            () => provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<SchedulesOptions>>().Value);
        Assert.StartsWith("Schedules:Delivery no es una expresión cron válida de Quartz", Assert.Single(refused.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_configuration_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddScheduling(null!));
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings, bool withMail = false)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        if (withMail)
        {
            services.AddSmtpDelivery(configuration);
            services.AddIntake(configuration);
        }

        services.AddSingleton(new EntityClock(TimeProvider.System, TimeZoneInfo.FindSystemTimeZoneById(configuration["Reminders:TimeZone"] ?? "America/Bogota")));
        services.AddScheduling(configuration);
        return services.BuildServiceProvider();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
