using Microsoft.Extensions.Options;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Core.Reports;

namespace Reminders.Worker.Reports;

/// <summary>Registers the follow-up report: its calendar, the data it reads and the automatic delivery.</summary>
public static class FollowUpServiceCollectionExtensions
{
    public static IServiceCollection AddFollowUpReports(this IServiceCollection services)
    {
        services.AddSingleton(sp => new FollowUpCalendar(
            sp.GetRequiredService<IOptions<RemindersOptions>>().Value, sp.GetRequiredService<BusinessCalendar>()));
        services.AddSingleton<FollowUpSource>();
        services.AddSingleton<FollowUpMailer>();
        return services;
    }
}
