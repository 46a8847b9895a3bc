using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Planning;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;
using Reminders.Worker.Delivery;
using Reminders.Worker.Intake;
using Reminders.Worker.Jobs;
using Reminders.Worker.Mail;
using Reminders.Worker.Mail.Pickup;
using Reminders.Worker.Mail.Smtp;
using Reminders.Worker.Outbox;
using Reminders.Worker.Planning;
using Reminders.Worker.Reports;

namespace Reminders.Worker;

/// <summary>
/// The composition root: configuration (appsettings.json next to the executable, then environment variables,
/// user secrets in Development, systemd credentials), validated options and services. Commands and the service share it.
/// </summary>
public static class AppHost
{
    /// <summary>The host setting that makes the JSON configuration files reload when they change (true by default).</summary>
    private const string ReloadConfigOnChange = "hostBuilder:reloadConfigOnChange";

    /// <param name="forCommand">For an administrator command: only warnings and errors are logged, to stderr, so stdout stays clean.</param>
    public static HostApplicationBuilder CreateBuilder(bool forCommand = false)
    {
        var settings = new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "reminders",
        };
        if (forCommand)
        {
            // A command reads its configuration once and exits: no file watcher on appsettings.json (its set-up was
            // about a tenth of the start-up of `reminders deliver` with nothing to send, docs/benchmarks.md "Delivery").
            // The service keeps reloading on change.
            settings.Configuration = new ConfigurationManager();
            settings.Configuration.AddInMemoryCollection([new(ReloadConfigOnChange, "false")]);
        }

        var builder = Host.CreateApplicationBuilder(settings);
        if (forCommand)
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
            builder.Services.Configure<LoggerFilterOptions>(filters =>
            {
                filters.Rules.Clear();
                filters.MinLevel = LogLevel.Warning;
            });
        }

        builder.Configuration.AddSystemdCredentials();
        AddServices(builder.Services, builder.Configuration);
        return builder;
    }

    public static void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<SettingNames>();
        services.AddSingleton<IValidateOptions<SettingNames>>(new SettingNames.Validator(configuration));
        services.AddOptionsWithValidateOnStart<ClockOptions>().Bind(configuration.GetSection(ClockOptions.Section));
        services.AddSingleton<IValidateOptions<ClockOptions>, ClockOptionsValidator>();
        services.AddSingleton<TimeProvider>(sp =>
            sp.GetRequiredService<IOptions<ClockOptions>>().Value.StartAt is { } text && ClockOptionsValidator.TryParse(text, out var startAt)
                ? new ShiftedClock(TimeProvider.System, startAt)
                : TimeProvider.System);
        services.AddSingleton(_ => AppPaths.From(configuration["Paths:DataDirectory"]));

        services.AddOptionsWithValidateOnStart<DatabaseOptions>().BindChecked(configuration, DatabaseOptions.Section);
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        services.AddOptionsWithValidateOnStart<ImportOptions>().BindChecked(configuration, ImportOptions.Section);
        services.AddSingleton<IValidateOptions<ImportOptions>, ImportOptionsValidator>();

        services.AddSingleton<ConnectionFactory>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<EntityStore>();
        services.AddSingleton<OfficeStore>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<ActivityStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<SchedulerRuns>();
        services.AddSingleton<PlanningRunStore>();

        services.AddOptionsWithValidateOnStart<RemindersOptions>().BindChecked(configuration, RemindersOptions.SectionName);
        services.AddSingleton<IPostConfigureOptions<RemindersOptions>, RemindersOptionsDefaults>();
        services.AddSingleton<IValidateOptions<RemindersOptions>, RemindersOptionsValidator>();
        services.AddSingleton<IValidateOptions<RemindersOptions>, FollowUpOptionsValidator>();
        services.AddSingleton(sp => EntityClock.For(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<RemindersOptions>>().Value));
        services.AddSingleton(sp => new BusinessCalendar(sp.GetRequiredService<IOptions<RemindersOptions>>().Value.Calendar));
        services.AddSingleton(sp => new Planner(sp.GetRequiredService<IOptions<RemindersOptions>>().Value, sp.GetRequiredService<BusinessCalendar>()));

        // The rate limit is counted in the database, so it holds for every instance (and command) sharing it.
        services.TryAddSingleton<ISendRateLimiter>(sp => new SharedSendRateLimiter(
            sp.GetRequiredService<ConnectionFactory>(),
            sp.GetRequiredService<IOptions<MailOptions>>().Value.RateLimitPerMinute,
            ClaimOwner.Current,
            sp.GetRequiredService<TimeProvider>()));
        services.AddSmtpDelivery(configuration);
        services.TryAddSingleton<IMailDelivery>(sp =>
        {
            var mail = sp.GetRequiredService<IOptions<MailOptions>>().Value;
            return mail.Delivery == MailDeliveryKind.Smtp ? sp.GetRequiredService<SmtpDelivery>() : new PickupDelivery(
                sp.GetRequiredService<AppPaths>().Resolve(mail.PickupDirectory),
                sp.GetRequiredService<ISendRateLimiter>());
        });
        services.AddSingleton<MessageFactory>();
        services.AddSingleton<EntityPlanning>();
        services.AddSingleton<PlanningService>();
        services.AddSingleton<DeliveryService>();
        services.AddFollowUpReports();
        services.AddIntake(configuration);
    }
}
