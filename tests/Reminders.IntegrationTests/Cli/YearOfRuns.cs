using System.Diagnostics;
using System.Text.Json;
using Dapper;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.Worker.Outbox;

namespace Reminders.IntegrationTests.Cli;

/// <summary>
/// The sample plan set up through the command line (every office with an address and a head, the entity's coordinator
/// and Control Interno), then <c>send-now</c> for every day of 2022 in turn with pickup delivery. A process per day
/// takes ~0.75 s (over 4 minutes for the year), so the days run in-process on the same services, SQLite file and pickup
/// folder (<see cref="InProcessWorker"/>).
/// </summary>
public sealed class YearOfRuns : IAsyncLifetime
{
    private readonly CliRunner cli = new();

    /// <summary>Activity number → its offices, from <c>activities list --json</c>.</summary>
    public Dictionary<string, IReadOnlyList<string>> OfficesOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Activity number → due date (null for the ongoing duty).</summary>
    public Dictionary<string, DateOnly?> DueOf { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<OutboxRow> Messages { get; private set; } = [];

    /// <summary>Messages planned on each day (the <c>send-now</c> report), including the days that planned nothing.</summary>
    public Dictionary<DateOnly, int> PlannedPerDay { get; } = [];

    public IReadOnlyList<(string Key, string State, string RunDate)> Notifications { get; private set; } = [];

    public IReadOnlyList<string> EmlFiles { get; private set; } = [];

    public TimeSpan Elapsed { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await SampleFiles.ConfigureAsync(cli);
        foreach (var activity in (await cli.JsonAsync("activities", "list")).EnumerateArray())
        {
            var number = activity.GetProperty("number").GetString()!;
            OfficesOf[number] = [.. activity.GetProperty("offices").EnumerateArray().Select(o => o.GetString()!)];
            DueOf[number] = activity.GetProperty("due").ValueKind == JsonValueKind.Null ? null : ExpectedCalendar.Day(activity.GetProperty("due").GetString()!);
        }

        var clock = Stopwatch.StartNew();
        using (var worker = new InProcessWorker(cli.DataDirectory))
        {
            foreach (var day in ExpectedCalendar.Year2022)
            {
                var (planned, delivered) = await worker.SendNowAsync(day, ct);
                Assert.Equal(planned.MessageCount, delivered.Sent);
                PlannedPerDay[day] = planned.MessageCount;
            }

            Messages = await worker.Outbox.ListAsync(null, ct);
            await using var connection = await worker.Connections.OpenAsync(ct);
            Notifications = [.. await connection.QueryAsync<(string, string, string)>(
                "SELECT notification_key, state, run_date FROM notifications ORDER BY run_date, notification_key")];
        }

        Elapsed = clock.Elapsed;
        EmlFiles = cli.PickedUp();
    }

    public CliRunner Cli => cli;

    /// <summary>The activity numbers of a message (<c>III 1.4</c> → <c>1.4</c>).</summary>
    public static IEnumerable<string> Numbers(OutboxRow message) => message.Items.Select(i => i[(i.LastIndexOf(' ') + 1)..]);

    public static DateOnly RunDate(OutboxRow message) => ExpectedCalendar.Day(message.RunDate);

    public ValueTask DisposeAsync()
    {
        cli.Dispose();
        return ValueTask.CompletedTask;
    }
}
