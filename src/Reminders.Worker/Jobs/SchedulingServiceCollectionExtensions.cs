using Reminders.Worker.Configuration;
using Microsoft.Extensions.Options;
using Quartz;
using Reminders.Core.Calendar;

namespace Reminders.Worker.Jobs;

/// <summary>Registers the schedules, the Quartz scheduler with the planning and delivery jobs, and the start-up work.</summary>
public static class SchedulingServiceCollectionExtensions
{
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSchedulesOptions(configuration);

        // Migrations run first: hosted services start in registration order.
        services.AddHostedService<DatabaseMigrationService>();

        // The "Quartz" section passes through (thread pool, persistent clustered job store, …); see the README.
        // Triggers read the validated options when the scheduler is built: the options validation stops a start with a
        // bad expression or zone before that, with a clear message.
        services.AddQuartz(configuration.GetSection("Quartz"), q =>
        {
            q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            q.AddJob<PlanningJob>(j => j.WithIdentity(PlanningJob.Key).WithDescription("Planea los avisos del día y entrega el outbox"));
            q.AddJob<DeliveryJob>(j => j.WithIdentity(DeliveryJob.Key).WithDescription("Entrega los mensajes pendientes del outbox"));
            q.AddTrigger((provider, t) => Cron(provider, t, "planning-cron", PlanningJob.Key, s => s.Planning));
            q.AddTrigger((provider, t) => Cron(provider, t, "delivery-cron", DeliveryJob.Key, s => s.Delivery));
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddHostedService<StartupCatchUp>();
        services.AddHostedService<ServiceBanner>();
        return services;
    }

    /// <summary>Only the validated <c>Schedules</c> options (for <c>check-config</c>, which runs no scheduler).</summary>
    public static IServiceCollection AddSchedulesOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<SchedulesOptions>().BindChecked(configuration, SchedulesOptions.Section);
        services.AddSingleton<IValidateOptions<SchedulesOptions>, SchedulesOptionsValidator>();
        return services;
    }

    private static void Cron(IServiceProvider services, ITriggerConfigurator<IJob> trigger, string name, JobKey job, Func<SchedulesOptions, string> cron)
    {
        var schedules = services.GetRequiredService<IOptions<SchedulesOptions>>().Value;
        var zone = services.GetRequiredService<EntityClock>().Zone;
        trigger.WithIdentity(name).ForJob(job).WithCronSchedule(cron(schedules), c => c.InTimeZone(zone));
    }
}
