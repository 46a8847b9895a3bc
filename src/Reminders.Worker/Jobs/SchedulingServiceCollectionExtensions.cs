using Reminders.Worker.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

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

        var schedules = CheckedBinding.TryGet<SchedulesOptions>(configuration, SchedulesOptions.Section) ?? new SchedulesOptions();
        var zone = FindZone(configuration["Reminders:TimeZone"] ?? "America/Bogota");

        // The "Quartz" section passes through (thread pool, persistent clustered job store, …); see the README.
        services.AddQuartz(configuration.GetSection("Quartz"), q =>
        {
            q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            q.AddJob<PlanningJob>(j => j.WithIdentity(PlanningJob.Key).WithDescription("Planea los avisos del día y entrega el outbox"));
            q.AddJob<DeliveryJob>(j => j.WithIdentity(DeliveryJob.Key).WithDescription("Entrega los mensajes pendientes del outbox"));

            // An invalid expression or zone adds no trigger: the options validation stops the start with a clear message.
            if (zone is not null && SchedulesOptionsValidator.Problem(schedules.Planning) is null)
            {
                q.AddTrigger(t => t.WithIdentity("planning-cron").ForJob(PlanningJob.Key)
                    .WithCronSchedule(schedules.Planning, c => c.InTimeZone(zone)));
            }

            if (zone is not null && SchedulesOptionsValidator.Problem(schedules.Delivery) is null)
            {
                q.AddTrigger(t => t.WithIdentity("delivery-cron").ForJob(DeliveryJob.Key)
                    .WithCronSchedule(schedules.Delivery, c => c.InTimeZone(zone)));
            }
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

    private static TimeZoneInfo? FindZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }
}
