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
        var clustered = ClusteredStore.IsRequested(configuration);
        services.AddQuartz(configuration.GetSection("Quartz"), q =>
        {
            q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            if (clustered)
            {
                ClusteredStore.Use(q, configuration);
            }

            q.AddJob<PlanningJob>(j => j.WithIdentity(PlanningJob.Key).WithDescription("Planea los avisos del día y entrega el outbox"));
            q.AddJob<DeliveryJob>(j => j.WithIdentity(DeliveryJob.Key).WithDescription("Entrega los mensajes pendientes del outbox"));
            q.AddTrigger((provider, t) => Cron(provider, t, DeclaredSchedule.PlanningTrigger, PlanningJob.Key, s => s.Planning));
            q.AddTrigger((provider, t) => Cron(provider, t, DeclaredSchedule.DeliveryTrigger, DeliveryJob.Key, s => s.Delivery));
            if (!string.IsNullOrWhiteSpace(configuration[$"{SchedulesOptions.Section}:{nameof(SchedulesOptions.Intake)}"]))
            {
                // Off by default: only scheduled once Schedules:Intake names a time (docs/mail.md).
                q.AddJob<IntakeJob>(j => j.WithIdentity(IntakeJob.Key).WithDescription("Lee el buzón de respuestas y registra cumplimientos y avances"));
                q.AddTrigger((provider, t) => Cron(provider, t, DeclaredSchedule.IntakeTrigger, IntakeJob.Key, s => s.Intake));
            }
        });
        if (clustered)
        {
            // Before the scheduler starts: hosted services start in registration order.
            services.AddHostedService<ClusterScheduleSync>();
        }

        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        if (!clustered)
        {
            // In memory, a fire missed while down is lost with the process: the start-up catch-up makes it up. The
            // clustered store keeps the trigger's last fire in the database, and Quartz's misfire handling fires it once.
            services.AddHostedService<StartupCatchUp>();
        }

        services.AddHostedService<ServiceBanner>();
        return services;
    }

    /// <summary>Only the validated <c>Schedules</c> and <c>Cluster</c> options (for <c>check-config</c>, which runs no scheduler).</summary>
    public static IServiceCollection AddSchedulesOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<SchedulesOptions>().BindChecked(configuration, SchedulesOptions.Section);
        services.AddSingleton<IValidateOptions<SchedulesOptions>, SchedulesOptionsValidator>();
        services.AddSingleton<IValidateOptions<SchedulesOptions>, IntakeScheduleValidator>();
        services.AddOptionsWithValidateOnStart<ClusterOptions>().BindChecked(configuration, ClusterOptions.Section);
        services.AddSingleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>();
        return services;
    }

    private static void Cron(IServiceProvider services, ITriggerConfigurator<IJob> trigger, string name, JobKey job, Func<SchedulesOptions, string> cron)
    {
        var schedules = services.GetRequiredService<IOptions<SchedulesOptions>>().Value;
        var zone = services.GetRequiredService<EntityClock>().Zone;
        trigger.WithIdentity(name).ForJob(job).WithSchedule(DeclaredSchedule.CronIn(cron(schedules), zone));
    }
}
