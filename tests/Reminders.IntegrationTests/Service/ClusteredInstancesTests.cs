using System.Globalization;
using System.Text.Json;
using Reminders.IntegrationTests.Infrastructure;
using Reminders.IntegrationTests.Smtp;

namespace Reminders.IntegrationTests.Service;

/// <summary>
/// Service processes sharing Quartz's clustered job store on one server database (Cluster:Enabled): each fire of
/// each trigger runs on one instance only, a killed instance's work is done by the others, and a fire missed while
/// every instance was down runs once when one comes back (docs/architecture.md, "Several instances"). One subclass per
/// server provider.
/// </summary>
public abstract class ClusteredInstancesTests(IDatabaseServer server) : IDisposable
{
    private const int Offices = 30;
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private static readonly int[] MissedFireOffsets = [0, 12, 15, 18];
    private static readonly TimeZoneInfo Bogota = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");
    private readonly string[] data = [TempDirectory.Create(), TempDirectory.Create(), TempDirectory.Create()];

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        foreach (var directory in data)
        {
            TempDirectory.Delete(directory);
        }
    }

    [Fact]
    public async Task Three_instances_run_each_fire_once_and_send_each_message_once_even_when_one_is_killed()
    {
        var database = await server.CreateDatabaseAsync();
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await ImportAsync(database, smtp);
        var environments = data.Select(d => Environment(d, database, smtp, planning: "0/2 * * * * ?")).ToList();

        using var a = RemindersProcess.Start(environments[0], "run");
        using var b = RemindersProcess.Start(environments[1], "run");
        using var c = RemindersProcess.Start(environments[2], "run");
        RemindersProcess[] all = [a, b, c];

        // Kill (SIGKILL) the first instance seen running a planning fire, while it runs.
        await Poll.UntilAsync(() => all.Any(s => ClusterFires.Of("planning", s).Count > 0), TimeSpan.FromSeconds(90), () => Transcripts(all));
        var victim = all.First(s => ClusterFires.Of("planning", s).Count > 0);
        victim.Kill();
        var killed = ClusterFires.Of("planning", victim)[0].Instance;
        var survivors = all.Where(s => s != victim).ToArray();

        await Poll.UntilAsync(() => smtp.Received().Count >= Offices, TimeSpan.FromSeconds(90),
            () => $"{Offices} digests at the SMTP server, got {smtp.Received().Count}\n{Transcripts(all)}");

        // More planning fires on the survivors: nothing new may be planned or sent.
        var settled = smtp.Received().Count;
        var fired = ClusterFires.Of("planning", survivors).Count;
        await Poll.UntilAsync(() => ClusterFires.Of("planning", survivors).Count >= fired + 4, TimeSpan.FromSeconds(60), () => Transcripts(all));
        await Task.WhenAll(survivors.Select(StopAsync));
        Assert.Equal(settled, smtp.Received().Count);

        // Each process names itself with one id, which no other process shares (one may have fired nothing).
        var ids = all.Select(s => ClusterFires.Of("delivery", s).Concat(ClusterFires.Of("planning", s)).Select(f => f.Instance).Distinct(StringComparer.Ordinal).ToList()).ToList();
        Assert.All(ids, i => Assert.True(i.Count <= 1, string.Join(", ", i)));
        var named = ids.Where(i => i.Count == 1).Select(i => i[0]).ToList();
        Assert.Equal(named.Count, named.Distinct(StringComparer.Ordinal).Count());

        foreach (var job in new[] { "planning", "delivery" })
        {
            var fires = ClusterFires.Of(job, all);
            Assert.NotEmpty(fires);
            // A fire the killed instance was running when it died is taken over by another: that one runs twice.
            var repeated = fires.GroupBy(f => f.Scheduled)
                .Where(g => g.Count(f => f.Instance != killed) > 1 || g.Count(f => f.Instance == killed) > 1)
                .ToList();
            Assert.True(repeated.Count == 0, $"{job} fires run more than once: {string.Join(", ", repeated.Select(g => $"{g.Key:o} on {string.Join("+", g.Select(f => f.Instance))}"))}");
        }

        var outbox = JsonSerializer.Deserialize<List<OutboxMessage>>(await CommandAsync(environments[1], "outbox", "list", "--json"), JsonOptions) ?? [];
        var received = smtp.Received();
        Assert.Equal(Offices, outbox.Count);
        Assert.All(outbox, m => Assert.Equal("sent", m.State));
        Assert.Equal(outbox.Count, received.Count);
        Assert.Equal(received.Count, received.Select(r => r.Parse().MessageId).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task A_planning_fire_missed_while_every_instance_was_down_runs_once_when_one_returns()
    {
        var database = await server.CreateDatabaseAsync();
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        await ImportAsync(database, smtp);

        // One fire while the first instance is up, three more while nothing runs; none after that for a minute.
        var first = DateTimeOffset.UtcNow.AddSeconds(30);
        var seconds = MissedFireOffsets.Select(s => first.AddSeconds(s)).ToList();
        var cron = $"{string.Join(",", seconds.Select(s => TimeZoneInfo.ConvertTime(s, Bogota).Second).Order())} * * * * ?";

        using (var a = RemindersProcess.Start(Environment(data[0], database, smtp, cron), "run"))
        {
            await Poll.UntilAsync(() => ClusterFires.Of("planning", a).Count == 1 && smtp.Received().Count >= Offices, TimeSpan.FromSeconds(60), () => a.Transcript);
            await StopAsync(a);
            Assert.True(DateTimeOffset.UtcNow < seconds[1], $"the first instance stopped after the second fire time ({seconds[1]:o}); the machine is too slow for this test.\n{a.Transcript}");
        }

        await Poll.UntilAsync(() => DateTimeOffset.UtcNow > seconds[^1].AddSeconds(3), TimeSpan.FromSeconds(30), () => "the missed fire times to pass");
        using var b = RemindersProcess.Start(Environment(data[1], database, smtp, cron), "run");
        await Poll.UntilAsync(() => ClusterFires.Of("planning", b).Count >= 1, TimeSpan.FromSeconds(60), () => b.Transcript);

        // Let the scheduler run a while (ten delivery fires, one a second) to show no other make-up fire comes.
        var deliveries = ClusterFires.Of("delivery", b).Count;
        await Poll.UntilAsync(() => ClusterFires.Of("delivery", b).Count >= deliveries + 10, TimeSpan.FromSeconds(40), () => b.Transcript);
        await StopAsync(b);
        Assert.Single(ClusterFires.Of("planning", b));
        Assert.Equal(Offices, smtp.Received().Count);
    }

    [Fact]
    public async Task A_restart_keeps_an_unchanged_stored_schedule_and_replaces_a_changed_one()
    {
        var database = await server.CreateDatabaseAsync();
        await using var smtp = await AiosmtpdServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);
        const string Yearly = "0 0 7 1 1 ?";

        var first = await RunUntilAsync(Environment(data[0], database, smtp, Yearly), "delivery");
        var second = await RunUntilAsync(Environment(data[1], database, smtp, Yearly), "delivery");
        var third = await RunUntilAsync(Environment(data[2], database, smtp, "0/2 * * * * ?"), "planning");

        Assert.DoesNotContain("actualizada", first, StringComparison.Ordinal);
        Assert.DoesNotContain("actualizada", second, StringComparison.Ordinal);
        Assert.Contains("Programación planning-cron actualizada en la base de datos compartida: 0/2 * * * * ?", third, StringComparison.Ordinal);
        Assert.DoesNotContain("Programación delivery-cron actualizada", third, StringComparison.Ordinal);
    }

    private static async Task<string> RunUntilAsync(Dictionary<string, string> environment, string job)
    {
        using var service = RemindersProcess.Start(environment, "run");
        await Poll.UntilAsync(() => ClusterFires.Of(job, service).Count > 0, TimeSpan.FromSeconds(60), () => service.Transcript);
        await StopAsync(service);
        return service.Output;
    }

    private async Task ImportAsync(string database, AiosmtpdServer smtp)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Bogota).DateTime);
        var (plan, offices) = RelativePlan.Write(data[0], today, Offices);
        await CommandAsync(Environment(data[0], database, smtp, "0 0 7 ? * MON-FRI"), "import", plan);
        await CommandAsync(Environment(data[0], database, smtp, "0 0 7 ? * MON-FRI"), "offices", "import", offices);
    }

    private static string Transcripts(IEnumerable<RemindersProcess> services) =>
        string.Join("\n", services.Select((s, i) => $"instance {i + 1}:\n{s.Transcript}"));

    private static async Task StopAsync(RemindersProcess service)
    {
        await service.TerminateAsync();
        await service.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.True(service.ExitCode == 0, $"exit code {service.ExitCode}\n{service.Transcript}");
    }

    private Dictionary<string, string> Environment(string data, string database, AiosmtpdServer smtp, string planning) => new()
    {
        ["Paths__DataDirectory"] = data,
        ["Database__Provider"] = server.Provider,
        ["Database__ConnectionString"] = database,
        ["Cluster__Enabled"] = "true",
        ["Cluster__CheckinInterval"] = "00:00:01",
        ["Cluster__MisfireThreshold"] = "00:00:02",
        ["Schedules__Planning"] = planning,
        ["Schedules__Delivery"] = "0/1 * * * * ?",
        ["Reminders__Calendar__RunOnNonBusinessDays"] = "true",
        ["Mail__Delivery"] = "Smtp",
        ["Mail__Smtp__Host"] = smtp.Host,
        ["Mail__Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Mail__Smtp__Security"] = "None",
        ["Mail__AttachCalendar"] = "false",
        ["Mail__RateLimitPerMinute"] = "0",
        ["Reminders__FollowUp__Send"] = "false",
    };

    private static async Task<string> CommandAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var command = await RemindersProcess.RunAsync(environment, TimeSpan.FromSeconds(60), arguments);
        Assert.True(command.HasExited && command.ExitCode == 0, $"reminders {string.Join(' ', arguments)}\n{command.Transcript}");
        return command.Output;
    }
}
