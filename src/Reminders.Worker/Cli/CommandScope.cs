using Microsoft.Extensions.Options;
using Reminders.Core.Calendar;
using Reminders.Core.Options;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;

namespace Reminders.Worker.Cli;

/// <summary>What a command runs with: a built host (validated options, services) and a migrated database.</summary>
public sealed class CommandScope : IDisposable
{
    private readonly IHost host;

    private CommandScope(IHost host) => this.host = host;

    public IServiceProvider Services => host.Services;

    public T Get<T>()
        where T : notnull => host.Services.GetRequiredService<T>();

    /// <summary>Builds the host, validates the configuration and brings the database schema up to date.</summary>
    public static CommandScope Open(ICliHost cli, bool migrate = true)
    {
        var host = cli.CreateCommandBuilder().Build();
        try
        {
            host.Services.ValidateOptions();
            if (migrate)
            {
                host.Services.GetRequiredService<Migrator>().Migrate();
            }

            return new CommandScope(host);
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    /// <summary>The entity a command is about: <c>--entity</c>, else the default entity (<see cref="DefaultEntity"/>).</summary>
    public async Task<string> EntityAsync(string? option, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return RecordNames.Require(option, "La entidad");
        }

        var existing = await Get<EntityStore>().ListAsync(cancellationToken).ConfigureAwait(false);
        return DefaultEntity.Choose(option, [.. existing.Select(e => e.Name)], Reminders.Entity);
    }

    /// <summary>Today's date in the entity's time zone (<c>Reminders:TimeZone</c>, default America/Bogota).</summary>
    public DateOnly Today() => Get<EntityClock>().Today();

    /// <summary>The validated <c>Reminders</c> options.</summary>
    public RemindersOptions Reminders => Get<IOptions<RemindersOptions>>().Value;

    public void Dispose() => host.Dispose();
}
