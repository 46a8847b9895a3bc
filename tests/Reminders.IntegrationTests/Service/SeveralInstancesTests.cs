using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// Two service processes on one server database and one SMTP server, both planning and delivering on the same
/// schedule: the outbox keys and exclusive claims make every message go out once (docs/rules.md §2, §10). One subclass
/// per server provider.
/// </summary>
public abstract class SeveralInstancesTests(IDatabaseServer server) : IDisposable
{
    private const int Offices = 30;
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    // The processes run with their clock started at 08:00 in Bogotá on this day (Clock:StartAt), whatever the wall clock says.
    private static readonly DateOnly Today = new(2022, 3, 1);
    private readonly string first = TempDirectory.Create();
    private readonly string second = TempDirectory.Create();

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        TempDirectory.Delete(first);
        TempDirectory.Delete(second);
    }

    [Fact]
    public async Task Two_instances_on_one_database_send_every_message_exactly_once()
    {
        var database = await server.CreateDatabaseAsync();
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        var (plan, offices) = RelativePlan.Write(first, Today, Offices);
        await CommandAsync(Environment(first, database, smtp), "import", plan);
        await CommandAsync(Environment(first, database, smtp), "offices", "import", offices);

        using (var a = RemindersProcess.Start(Environment(first, database, smtp), "run"))
        using (var b = RemindersProcess.Start(Environment(second, database, smtp), "run"))
        {
            await Poll.UntilAsync(
                () => smtp.Received().Count >= Offices,
                TimeSpan.FromSeconds(90),
                () => $"{Offices} digests at the SMTP server, got {smtp.Received().Count}\nA:\n{a.Transcript}\nB:\n{b.Transcript}");

            // Both schedulers plan the same day again (twice each): nothing new may be planned or sent.
            var settled = smtp.Received().Count;
            var (runsA, runsB) = (PlanningRuns(a), PlanningRuns(b));
            await Poll.UntilAsync(
                () => PlanningRuns(a) >= runsA + 2 && PlanningRuns(b) >= runsB + 2,
                TimeSpan.FromSeconds(60),
                () => $"two more planning runs in each instance\nA:\n{a.Transcript}\nB:\n{b.Transcript}");
            await Task.WhenAll(StopAsync(a), StopAsync(b));
            Assert.Equal(settled, smtp.Received().Count);
        }

        var outbox = JsonSerializer.Deserialize<List<OutboxMessage>>(
            await CommandAsync(Environment(first, database, smtp), "outbox", "list", "--json"), JsonOptions) ?? [];
        var received = smtp.Received();
        Assert.All(outbox, m => Assert.Equal("sent", m.State));
        Assert.Equal(outbox.Count, received.Count);
        Assert.Equal(received.Count, received.Select(r => r.Parse().MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(outbox.Count, outbox.Select(m => (m.Kind, m.Office, string.Join(",", m.To))).Distinct().Count());
    }

    private static int PlanningRuns(RemindersProcess service) =>
        service.Output.Split('\n').Count(line => line.Contains("Planeación del ", StringComparison.Ordinal));

    private static async Task StopAsync(RemindersProcess service)
    {
        await service.TerminateAsync();
        await service.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.True(service.ExitCode == 0, $"exit code {service.ExitCode}\n{service.Transcript}");
    }

    private Dictionary<string, string> Environment(string data, string database, AiosmtpdServer smtp) => new()
    {
        ["Paths__DataDirectory"] = data,
        ["Database__Provider"] = server.Provider,
        ["Database__ConnectionString"] = database,
        ["Schedules__Planning"] = "0/2 * * * * ?",
        ["Schedules__Delivery"] = "1/2 * * * * ?",
        ["Reminders__Calendar__RunOnNonBusinessDays"] = "true",
        ["Clock__StartAt"] = "2022-03-01T08:00:00-05:00",
        ["Mail__Delivery"] = "Smtp",
        ["Mail__Smtp__Host"] = smtp.Host,
        ["Mail__Smtp__Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail__Smtp__Security"] = "None",
        ["Mail__AttachCalendar"] = "false",
        ["Mail__RateLimitPerMinute"] = "0",

        // Counts digests and escalations; the follow-up report, due on some days only, would race with the settle count.
        ["Reminders__FollowUp__Send"] = "false",
    };

    private static async Task<string> CommandAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var command = await RemindersProcess.RunAsync(environment, TimeSpan.FromSeconds(60), arguments);
        Assert.True(command.HasExited && command.ExitCode == 0, $"reminders {string.Join(' ', arguments)}\n{command.Transcript}");
        return command.Output;
    }
}
