using Dapper;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Delivery;
using Reminders.Worker.Outbox;
using Reminders.Worker.Reports;

namespace Reminders.IntegrationTests.Reports;

/// <summary>
/// The sample with chosen outcomes (<see cref="ReportedSample"/>), then what <c>send-now</c> does on chosen days around
/// each 2022 cut-off and the closing (16 January 2023 is the last follow-up deadline), some days twice and some by a
/// second instance on the same database, with pickup delivery. After closing, the 2023 plan is imported and run.
/// </summary>
public sealed class DeliveredPlanYear : IAsyncLifetime
{
    public static readonly string[] Days =
    [
        "2022-04-29", "2022-05-02", "2022-05-02", "2022-05-03", "2022-08-31", "2022-09-01", "2022-09-02",
        "2023-01-02", "2023-01-16", "2023-01-17", "2023-01-17", "2023-01-18", "2023-01-23", "2023-02-01",
    ];

    public CliRunner Cli { get; } = new();

    public IReadOnlyList<OutboxRow> Messages { get; private set; } = [];

    /// <summary>Notification keys recorded with the run date and the plan year of their activity.</summary>
    public IReadOnlyList<(string Key, string RunDate, int Year)> Notifications { get; private set; } = [];

    /// <summary>Messages recorded by the run of 13 February 2023, after the 2023 plan was imported.</summary>
    public IReadOnlyList<OutboxRow> AfterNextImport { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await SampleFiles.ConfigureAsync(Cli);
        await ReportedSample.MarkOutcomesAsync(Cli);
        using (var first = new InProcessWorker(Cli.DataDirectory))
        using (var second = new InProcessWorker(Cli.DataDirectory))
        {
            foreach (var (day, index) in Days.Select((d, i) => (ExpectedCalendar.Day(d), i)))
            {
                await RunAsync(index % 2 == 0 ? first : second, day, ct);
            }

            Messages = await first.Outbox.ListAsync(null, ct);
        }

        var lines = SampleFiles.Lines.Select(l => l.Replace("2022", "2023", StringComparison.Ordinal));
        await Cli.SucceedAsync("import", SampleFiles.Write(Cli.DataDirectory, "paac-2023.tsv", lines));
        using (var worker = new InProcessWorker(Cli.DataDirectory))
        {
            var before = Messages.Count;
            await RunAsync(worker, ExpectedCalendar.Day("2023-02-13"), ct);
            AfterNextImport = [.. (await worker.Outbox.ListAsync(null, ct)).Skip(before)];
            await using var connection = await worker.Connections.OpenAsync(ct);
            Notifications = [.. await connection.QueryAsync<(string, string, int)>(
                """
                SELECT n.notification_key, n.run_date, p.year FROM notifications n
                JOIN activities a ON a.id = n.activity_id JOIN components c ON c.id = a.component_id JOIN plans p ON p.id = c.plan_id
                ORDER BY n.run_date, n.notification_key
                """)];
        }
    }

    /// <summary>What <c>send-now --as-of DAY</c> does: plan, record due follow-up reports, deliver.</summary>
    private static async Task RunAsync(InProcessWorker worker, DateOnly day, CancellationToken ct)
    {
        await worker.SendNowAsync(day, ct);
        await worker.Get<FollowUpMailer>().PlanAsync(day, ct);
        var delivered = await worker.Get<DeliveryService>().DrainAsync(ct);
        Assert.Equal(0, delivered.Failed);
    }

    public ValueTask DisposeAsync()
    {
        Cli.Dispose();
        return ValueTask.CompletedTask;
    }
}
