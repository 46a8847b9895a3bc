using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Reminders.Worker;
using Reminders.Worker.Configuration;
using Reminders.Worker.Data;
using Reminders.Worker.Delivery;
using Reminders.Worker.Outbox;
using Reminders.Worker.Planning;

namespace Reminders.IntegrationTests.Infrastructure;

/// <summary>
/// The worker's own services (<see cref="AppHost.AddServices"/>) on the shipped appsettings.json and a data folder, with a
/// <see cref="FakeTimeProvider"/>: the code <c>send-now</c> runs, with the real SQLite file and pickup folder, without a
/// process launch per day.
/// </summary>
public sealed class InProcessWorker : IDisposable
{
    private readonly ServiceProvider provider;

    /// <param name="dataDirectory">The data folder (its SQLite file and pickup folder); two workers on one folder share the database.</param>
    /// <param name="settings">Configuration overrides on top of the shipped appsettings.json (<c>Reminders:Roles:Coordinator</c> …).</param>
    /// <param name="time">The clock; a fresh <see cref="FakeTimeProvider"/> at 2021-12-31 12:00 UTC when null.</param>
    public InProcessWorker(string dataDirectory, IReadOnlyDictionary<string, string?>? settings = null, FakeTimeProvider? time = null)
    {
        Time = time ?? new FakeTimeProvider(new DateTimeOffset(2021, 12, 31, 12, 0, 0, TimeSpan.Zero));
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: false)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Paths:DataDirectory"] = dataDirectory })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        AppHost.AddServices(services, configuration);
        services.AddSingleton<TimeProvider>(Time);
        provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        provider.ValidateOptions();
        provider.GetRequiredService<Migrator>().Migrate();
    }

    public FakeTimeProvider Time { get; }

    public OutboxStore Outbox => provider.GetRequiredService<OutboxStore>();

    public ConnectionFactory Connections => provider.GetRequiredService<ConnectionFactory>();

    /// <summary>One of the worker's services, as the host resolves it.</summary>
    public T Get<T>()
        where T : notnull => provider.GetRequiredService<T>();

    /// <summary>What <c>send-now --as-of DAY</c> does, at 07:00 in Bogotá on that day.</summary>
    public async Task<(PlanningRun Planned, DeliveryRun Delivered)> SendNowAsync(DateOnly day, CancellationToken cancellationToken)
    {
        Time.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        var planned = await provider.GetRequiredService<PlanningService>().PlanAsync(day, record: true, null, cancellationToken);
        var delivered = await provider.GetRequiredService<DeliveryService>().DrainAsync(cancellationToken);
        return (planned, delivered);
    }

    public void Dispose()
    {
        provider.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }
}
