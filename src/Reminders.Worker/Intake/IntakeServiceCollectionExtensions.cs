using Microsoft.Extensions.Options;
using Reminders.Worker.Configuration;

namespace Reminders.Worker.Intake;

/// <summary>Registers the intake: its validated <c>Mail:Intake</c> options, its store, and the mailbox reader.</summary>
public static class IntakeServiceCollectionExtensions
{
    public static IServiceCollection AddIntake(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<IntakeOptions>().BindChecked(configuration, IntakeOptions.Section);
        services.AddSingleton<IValidateOptions<IntakeOptions>, IntakeOptionsValidator>();
        services.AddSingleton<IntakeStore>();
        services.AddSingleton<IntakeProcessor>();
        services.AddSingleton<IntakeMailbox>();
        return services;
    }
}
