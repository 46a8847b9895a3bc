using Microsoft.Extensions.Options;

namespace Reminders.Worker.Configuration;

public static class StartupValidation
{
    /// <summary>Validates every option registered with ValidateOnStart, as starting the host would.</summary>
    public static void ValidateOptions(this IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();
}
